import { i18n } from '@/shared/i18n/i18n';
import type { Charts } from '../types';
import { stagesOption, trendOption, workloadOption } from './chart-options';

const CHARTS: Charts = {
  stages: [{ stage: 'FILED', cases: 4 }],
  overdueTrend: [
    { week: '2026-11-16', due: 3, late: 0 },
    { week: '2026-11-23', due: 5, late: 2 },
  ],
  timePerStep: [{ taskKey: 'Task_ReviewAcceptance', name: '受理审查', completed: 7, medianHours: 20.5, p90Hours: 60 }],
};

describe('the board’s charts', () => {
  beforeEach(() => i18n.changeLanguage('zh-CN'));

  it('draw the weekly due and late tasks by the week’s Monday', () => {
    const option = trendOption(CHARTS, i18n.t) as {
      xAxis: { data: string[] };
      series: { name: string; data: number[] }[];
    };

    expect(option.xAxis.data).toEqual(['11-16', '11-23']);
    expect(option.series.map((s) => [s.name, s.data])).toEqual([
      ['到期任务', [3, 5]],
      ['逾期办理或仍未办理', [0, 2]],
    ]);
  });

  it('name stages in words and describe themselves to screen readers', () => {
    const option = stagesOption(CHARTS, i18n.t) as { yAxis: { data: string[] }; aria: { enabled: boolean } };

    expect(option.yAxis.data).toEqual(['待受理审查']);
    expect(option.aria.enabled).toBe(true);
  });

  it('stack each officer’s periods by standing, unclaimed work under its own name', () => {
    const option = workloadOption(
      [
        {
          assignee: 'officer.yb',
          assigneeName: '陈静',
          openTasks: 3,
          overdueTasks: 1,
          onTrack: 2,
          dueSoon: 0,
          overdue: 1,
          paused: 0,
        },
        { openTasks: 5, overdueTasks: 0, onTrack: 5, dueSoon: 0, overdue: 0, paused: 0 },
      ],
      i18n.t,
    ) as { yAxis: { data: string[] }; series: { name: string; data: number[] }[] };

    expect(option.yAxis.data).toEqual(['陈静', '未认领']);
    expect(option.series.find((s) => s.name === '已逾期')?.data).toEqual([1, 0]);
  });
});
