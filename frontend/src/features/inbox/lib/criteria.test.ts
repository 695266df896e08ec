import { activeFilterCount, criteriaFromSearch, criteriaToParams, criteriaToSearch } from './criteria';

describe('inbox criteria in the address bar', () => {
  it('reads every known criterion and the view', () => {
    const criteria = criteriaFromSearch(
      new URLSearchParams(
        'view=UNCLAIMED&q=%E6%B8%9D%E5%8C%97&taskKey=Task_ReviewAcceptance&dueFrom=2026-11-01&dueTo=2026-11-30&overdue=true&sort=PRIORITY',
      ),
    );

    expect(criteria).toEqual({
      view: 'UNCLAIMED',
      q: '渝北',
      taskKey: 'Task_ReviewAcceptance',
      dueFrom: '2026-11-01',
      dueTo: '2026-11-30',
      overdue: true,
      sort: 'PRIORITY',
    });
  });

  it('leaves out what is malformed and falls back to my tasks', () => {
    const criteria = criteriaFromSearch(
      new URLSearchParams('view=EVERYTHING&dueFrom=30/11/2026&sort=RANDOM&overdue=1&q=%20'),
    );

    expect(criteria).toEqual({ view: 'MINE' });
  });

  it('writes only what differs from the defaults, so a link stays short', () => {
    expect(criteriaToSearch({ view: 'MINE', sort: 'DUE', q: '', party: '某公司' }).toString()).toBe(
      'party=%E6%9F%90%E5%85%AC%E5%8F%B8',
    );
    expect(criteriaToSearch({ view: 'PANEL', overdue: false }).toString()).toBe('view=PANEL&overdue=false');
  });

  it('round-trips', () => {
    const criteria = {
      view: 'OFFICE' as const,
      officeId: 'yubei',
      patentNumber: 'ZL202320123456.1',
      sort: 'CREATED' as const,
    };

    expect(criteriaFromSearch(criteriaToSearch(criteria))).toEqual(criteria);
  });

  it('always sends the view', () => {
    expect(criteriaToParams({}).view).toBe('MINE');
  });

  it('counts the filters that narrow the view', () => {
    expect(activeFilterCount({ view: 'ALL', sort: 'PRIORITY' })).toBe(0);
    expect(activeFilterCount({ view: 'ALL', q: 'x', overdue: true, dueFrom: '2026-11-01', dueTo: '2026-11-30' })).toBe(
      3,
    );
  });
});
