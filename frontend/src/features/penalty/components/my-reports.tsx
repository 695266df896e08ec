import { Card, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { QueryError } from '@/shared/ui/query-error';
import { useMyReports } from '../api/reports';
import type { ReportTracking } from '../types';

/** A signed-in reporter's own reports and where each stands. */
export function MyReports() {
  const { t } = useTranslation();
  const reports = useMyReports();
  if (reports.isError) return <QueryError error={reports.error} onRetry={() => void reports.refetch()} />;
  return (
    <Card title={t('penalty.myReports.title')}>
      <Table<ReportTracking>
        rowKey="trackingCode"
        size="small"
        loading={reports.isPending}
        dataSource={reports.data ?? []}
        pagination={false}
        locale={{ emptyText: t('penalty.myReports.empty') }}
        columns={[
          { title: t('penalty.myReports.code'), dataIndex: 'trackingCode' },
          { title: t('penalty.track.receivedOn'), dataIndex: 'receivedOn' },
          { title: t('penalty.myReports.subject'), dataIndex: 'subjectName' },
          { title: t('penalty.myReports.product'), dataIndex: 'product' },
          {
            title: t('penalty.track.status'),
            dataIndex: 'status',
            render: (s: string) => t(`penalty.reportStatus.${s}`),
          },
        ]}
      />
    </Card>
  );
}
