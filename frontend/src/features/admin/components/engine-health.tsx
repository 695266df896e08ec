import { App, Button, Card, Flex, Statistic, Table, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@/shared/lib/format';
import { QueryError } from '@/shared/ui/query-error';
import { useEngineHealth, useRetryJob } from '../api/engine';
import type { FailedJob } from '../types';

/** The engine's failed jobs with their case, and a retry for each. */
export function EngineHealthPanel() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const health = useEngineHealth();
  const retry = useRetryJob();
  if (health.isError) return <QueryError error={health.error} onRetry={() => void health.refetch()} />;
  const columns: TableColumnsType<FailedJob> = [
    {
      title: t('admin.engine.caseId'),
      dataIndex: 'caseId',
      render: (caseId?: string) =>
        caseId ? <Typography.Text copyable={{ text: caseId }}>{caseId.slice(0, 8)}</Typography.Text> : '—',
    },
    { title: t('admin.engine.process'), key: 'process', render: (_, job) => job.processName ?? job.processKey ?? '—' },
    { title: t('admin.engine.step'), dataIndex: 'failedActivityId' },
    {
      title: t('admin.engine.error'),
      dataIndex: 'exceptionMessage',
      render: (error?: string) => (
        <Typography.Text type="danger" ellipsis={{ tooltip: error }} style={{ maxWidth: 420 }}>
          {error ?? ''}
        </Typography.Text>
      ),
    },
    {
      title: t('admin.engine.dueDate'),
      dataIndex: 'dueDate',
      render: (due?: string) => (due ? formatDateTime(due) : '—'),
    },
    {
      title: '',
      key: 'retry',
      render: (_, job) => (
        <Button
          size="small"
          loading={retry.isPending && retry.variables === job.id}
          onClick={() => retry.mutate(job.id, { onSuccess: () => void message.success(t('admin.engine.retried')) })}
        >
          {t('admin.engine.retry')}
        </Button>
      ),
    },
  ];
  return (
    <Flex vertical gap="middle">
      <Card>
        <Flex gap={48} wrap>
          <Statistic title={t('admin.engine.failedCount')} value={health.data?.failedCount ?? '—'} />
          <Statistic title={t('admin.engine.incidents')} value={health.data?.incidents ?? '—'} />
          <Statistic title={t('admin.engine.dueJobs')} value={health.data?.dueJobs ?? '—'} />
        </Flex>
      </Card>
      <Card title={t('admin.engine.failedJobs')}>
        <Table<FailedJob>
          rowKey="id"
          size="small"
          loading={health.isPending}
          columns={columns}
          dataSource={health.data?.failedJobs ?? []}
          locale={{ emptyText: t('admin.engine.none') }}
          scroll={{ x: 900 }}
        />
      </Card>
    </Flex>
  );
}
