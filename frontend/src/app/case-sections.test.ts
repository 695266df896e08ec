import { describe, expect, it } from 'vitest';
import { CASE_SECTIONS, sectionsOf, type CaseColumn, type CasePageKind } from './case-sections';

const PAGES: CasePageKind[] = ['inbox', 'portal'];
const COLUMNS: CaseColumn[] = ['top', 'main', 'side'];

const names = (page: CasePageKind, column: CaseColumn) => sectionsOf(page, column).map((section) => section.name);

describe('case sections', () => {
  it('names each section once, and places each on a page at least', () => {
    const all = CASE_SECTIONS.map((section) => section.name);
    expect(new Set(all).size).toBe(all.length);
    expect(CASE_SECTIONS.filter((section) => !section.inbox && !section.portal)).toEqual([]);
  });

  it('gives no two sections of a column the same place', () => {
    for (const page of PAGES) {
      for (const column of COLUMNS) {
        const orders = sectionsOf(page, column).map((section) => section[page]?.order);
        expect(new Set(orders).size, `${page} ${column}`).toBe(orders.length);
      }
    }
  });

  it('draws each column in its order', () => {
    expect(names('portal', 'top')).toEqual([
      'nextStep',
      'respondentNotice',
      'supplementRequest',
      'availableSteps',
      'mediation',
    ]);
    expect(names('inbox', 'side')).toEqual(['clocks', 'diagram', 'timeline', 'linkedCases']);
    expect(names('inbox', 'main')[0]).toBe('openTasks');
  });

  it('keeps the officers’ working parts off the parties’ page', () => {
    const portal = COLUMNS.flatMap((column) => names('portal', column));
    for (const staffOnly of ['openTasks', 'penalty', 'clocks', 'diagram', 'linkedCases']) {
      expect(portal).not.toContain(staffOnly);
    }
  });
});
