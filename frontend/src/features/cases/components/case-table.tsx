import { Table, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '@/shared/lib/format';
import { QueryError } from '@/shared/ui/query-error';
import { useCases } from '../api/get-cases';
import type { CaseSummary } from '../types';
import { StageTag } from './stage-tag';

const PAGE_SIZE = 20;

type Props = { caseLink: (id: string) => string };

export function CaseTable({ caseLink }: Props) {
  const { t } = useTranslation();
  const [page, setPage] = useState(0);
  const cases = useCases({ page, size: PAGE_SIZE });

  const columns: TableColumnsType<CaseSummary> = [
    {
      title: t('caseList.caseNumber'),
      dataIndex: 'caseNumber',
      render: (caseNumber: string, row) => <Link to={caseLink(row.id)}>{caseNumber}</Link>,
    },
    { title: t('caseList.patent'), dataIndex: 'patentNumber' },
    { title: t('caseList.respondent'), dataIndex: 'respondentName' },
    {
      title: t('caseList.stage'),
      dataIndex: 'stage',
      render: (stage: CaseSummary['stage']) => <StageTag stage={stage} />,
    },
    { title: t('caseList.filedAt'), dataIndex: 'filedAt', render: (filedAt: string) => formatDate(filedAt) },
  ];

  if (cases.isError) return <QueryError error={cases.error} onRetry={() => void cases.refetch()} />;
  return (
    <Table<CaseSummary>
      rowKey="id"
      columns={columns}
      dataSource={cases.data?.items}
      loading={cases.isFetching}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: t('portal.empty') }}
      pagination={{
        current: page + 1,
        pageSize: PAGE_SIZE,
        total: cases.data?.total ?? 0,
        showSizeChanger: false,
        onChange: (current) => setPage(current - 1),
      }}
    />
  );
}
