import { Card, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryError } from '@/shared/ui/query-error';
import { todayInOffice } from '@/shared/lib/format';
import { useOfficeReports } from '../api/reports';
import type { ReportSummary } from '../types';

/** The office's reports, those awaiting a filing decision first, with the day it is due. */
export function ReportList({ reportLink }: { reportLink: (id: string) => string }) {
  const { t } = useTranslation();
  const reports = useOfficeReports();
  if (reports.isError) return <QueryError error={reports.error} onRetry={() => void reports.refetch()} />;
  const today = todayInOffice().format('YYYY-MM-DD');
  return (
    <Card title={t('penalty.leads.reports')}>
      <Table<ReportSummary>
        rowKey="id"
        size="small"
        loading={reports.isPending}
        dataSource={reports.data ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: t('penalty.leads.empty') }}
        scroll={{ x: 'max-content' }}
        columns={[
          {
            title: t('penalty.leads.code'),
            dataIndex: 'trackingCode',
            render: (code: string, r) => <Link to={reportLink(r.id)}>{code}</Link>,
          },
          { title: t('penalty.leads.receivedOn'), dataIndex: 'receivedOn' },
          {
            title: t('penalty.leads.dueOn'),
            dataIndex: 'decisionDueOn',
            render: (due: string, r) => (r.status === 'RECEIVED' && due < today ? <Tag color="red">{due}</Tag> : due),
          },
          { title: t('penalty.leads.subject'), dataIndex: 'subjectName' },
          { title: t('penalty.leads.product'), dataIndex: 'product' },
          {
            title: t('penalty.leads.status'),
            dataIndex: 'status',
            render: (s: string) => (
              <Tag color={s === 'RECEIVED' ? 'processing' : undefined}>{t(`penalty.leads.reportStatus.${s}`)}</Tag>
            ),
          },
        ]}
      />
    </Card>
  );
}
