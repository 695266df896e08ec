import { urgencyOf } from './due-tag';

const NOW = Date.parse('2026-03-10T08:00:00+08:00');

describe('deadline urgency', () => {
  it('is overdue once the due moment has passed', () => {
    expect(urgencyOf('2026-03-10T07:59:00+08:00', NOW)).toBe('overdue');
  });

  it('is soon within two days', () => {
    expect(urgencyOf('2026-03-12T08:00:00+08:00', NOW)).toBe('soon');
  });

  it('is normal beyond two days', () => {
    expect(urgencyOf('2026-03-12T08:01:00+08:00', NOW)).toBe('normal');
  });
});
