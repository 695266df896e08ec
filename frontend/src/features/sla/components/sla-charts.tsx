import { Card, Col, Row, Spin } from 'antd';
import { BarChart, LineChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TitleComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import { useTranslation } from 'react-i18next';
import { QueryError } from '@/shared/ui/query-error';
import { useCharts } from '../api/board';
import { stagesOption, stepsOption, trendOption, workloadOption } from '../lib/chart-options';
import type { Workload } from '../types';

// Only the parts of ECharts the board draws, so the bundle carries no more.
echarts.use([
  BarChart,
  LineChart,
  AriaComponent,
  GridComponent,
  LegendComponent,
  TitleComponent,
  TooltipComponent,
  CanvasRenderer,
]);

const chart = (option: object, label: string) => (
  <div role="img" aria-label={label}>
    <ReactEChartsCore echarts={echarts} option={option} notMerge style={{ height: 280 }} />
  </div>
);

/** Cases per stage, the weekly late tasks, time per step and the workload, drawn with Apache ECharts. */
export function SlaCharts({ officeId, workload }: { officeId?: string; workload: Workload[] }) {
  const { t } = useTranslation();
  const charts = useCharts(officeId);
  if (charts.isError) return <QueryError error={charts.error} onRetry={() => void charts.refetch()} />;
  if (!charts.data) return <Spin description={t('sla.charts.loading')} />;
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={12}>
        <Card size="small">{chart(trendOption(charts.data, t), t('sla.charts.trend'))}</Card>
      </Col>
      <Col xs={24} lg={12}>
        <Card size="small">{chart(workloadOption(workload, t), t('sla.charts.workload'))}</Card>
      </Col>
      <Col xs={24} lg={12}>
        <Card size="small">{chart(stagesOption(charts.data, t), t('sla.charts.stages'))}</Card>
      </Col>
      <Col xs={24} lg={12}>
        <Card size="small">{chart(stepsOption(charts.data, t), t('sla.charts.steps'))}</Card>
      </Col>
    </Row>
  );
}
