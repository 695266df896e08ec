import type { EChartsOption } from 'echarts';
import type { TFunction } from 'i18next';
import type { Charts, Workload } from '../types';

const COLOURS = { onTrack: '#52c41a', dueSoon: '#fa8c16', overdue: '#f5222d', paused: '#1677ff', neutral: '#1f4e8c' };

/** Charts describe themselves to screen readers (ECharts' aria option) and carry their own title. */
const base = (title: string): EChartsOption => ({
  aria: { enabled: true },
  title: { text: title, left: 0, textStyle: { fontSize: 14 } },
  tooltip: { trigger: 'axis' },
  grid: { left: 8, right: 16, top: 48, bottom: 8, containLabel: true },
});

export function stagesOption(charts: Charts, t: TFunction): EChartsOption {
  return {
    ...base(t('sla.charts.stages')),
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: charts.stages.map((s) => t(`stage.${s.stage}`, { defaultValue: s.stage })) },
    series: [
      { type: 'bar', name: t('sla.charts.cases'), data: charts.stages.map((s) => s.cases), color: COLOURS.neutral },
    ],
  };
}

export function trendOption(charts: Charts, t: TFunction): EChartsOption {
  return {
    ...base(t('sla.charts.trend')),
    legend: { top: 24, right: 0 },
    xAxis: { type: 'category', data: charts.overdueTrend.map((w) => w.week.slice(5)) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      { type: 'bar', name: t('sla.charts.due'), data: charts.overdueTrend.map((w) => w.due), color: COLOURS.neutral },
      {
        type: 'line',
        name: t('sla.charts.late'),
        data: charts.overdueTrend.map((w) => w.late),
        color: COLOURS.overdue,
      },
    ],
  };
}

export function stepsOption(charts: Charts, t: TFunction): EChartsOption {
  return {
    ...base(t('sla.charts.steps')),
    legend: { top: 24, right: 0 },
    xAxis: { type: 'value', name: t('sla.charts.hours') },
    yAxis: { type: 'category', data: charts.timePerStep.map((s) => s.name || s.taskKey) },
    series: [
      {
        type: 'bar',
        name: t('sla.charts.median'),
        data: charts.timePerStep.map((s) => s.medianHours),
        color: COLOURS.neutral,
      },
      {
        type: 'bar',
        name: t('sla.charts.p90'),
        data: charts.timePerStep.map((s) => s.p90Hours),
        color: COLOURS.dueSoon,
      },
    ],
  };
}

export function workloadOption(workload: Workload[], t: TFunction): EChartsOption {
  const people = workload.map((w) => w.assigneeName || w.assignee || t('sla.unassigned'));
  const stack = (name: string, data: number[], color: string) => ({
    type: 'bar' as const,
    stack: 'clocks',
    name,
    data,
    color,
  });
  return {
    ...base(t('sla.charts.workload')),
    legend: { top: 24, right: 0 },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: people },
    series: [
      stack(
        t('sla.standing.ON_TRACK'),
        workload.map((w) => w.onTrack),
        COLOURS.onTrack,
      ),
      stack(
        t('sla.standing.DUE_SOON'),
        workload.map((w) => w.dueSoon),
        COLOURS.dueSoon,
      ),
      stack(
        t('sla.standing.OVERDUE'),
        workload.map((w) => w.overdue),
        COLOURS.overdue,
      ),
      stack(
        t('sla.standing.PAUSED'),
        workload.map((w) => w.paused),
        COLOURS.paused,
      ),
    ],
  };
}
