import { i18n } from '@/shared/i18n/i18n';
import type { CaseClock } from '../types';
import { partyDeadlines } from './clocks';

function clock(key: string, lastDay: string, state: CaseClock['state'] = 'RUNNING', provisional = false): CaseClock {
  return {
    caseId: 'c1',
    key,
    period: { unit: 'CALENDAR_DAYS', amount: 15 },
    startedAt: '2026-11-23T01:00:00Z',
    deadline: { lastDay, expiresAt: `${lastDay}T16:00:00Z`, provisional },
    state,
    pausedDays: 0,
    events: [],
    status: 'ON_TRACK',
  };
}

describe("a party's own deadlines", () => {
  beforeEach(() => i18n.changeLanguage('zh-CN'));

  it('lists what binds the respondent, in plain words, earliest first', () => {
    const clocks = [clock('case-period', '2027-02-23'), clock('evidence', '2026-12-21'), clock('answer', '2026-12-08')];

    expect(partyDeadlines(clocks, 'RESPONDENT', i18n.t)).toEqual(['答辩截止 2026-12-08', '举证截止 2026-12-21']);
  });

  it('marks a date counted on a provisional calendar', () => {
    const clocks = [clock('answer', '2027-01-04', 'RUNNING', true)];

    expect(partyDeadlines(clocks, 'RESPONDENT', i18n.t)).toEqual(['答辩截止 2027-01-04（暂定）']);
  });

  it('leaves out the office’s periods, the other party’s and those that ended', () => {
    const clocks = [
      clock('acceptance', '2026-11-30'),
      clock('answer', '2026-12-08'),
      clock('supplement', '2026-12-07', 'STOPPED'),
    ];

    expect(partyDeadlines(clocks, 'REQUESTER', i18n.t)).toEqual([]);
  });

  it('speaks English too', async () => {
    await i18n.changeLanguage('en');

    expect(partyDeadlines([clock('supplement', '2026-12-07')], 'REQUESTER', i18n.t)).toEqual([
      'Supplement due 2026-12-07',
    ]);
  });
});
