import { App, Button, Space, Table, Tabs, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isApiError } from '@/shared/api/problem';
import { QueryError } from '@/shared/ui/query-error';
import { useClaimTask } from '../api/claim-task';
import { useTasks } from '../api/get-tasks';
import type { InboxTask, InboxView } from '../types';
import { DueTag } from './due-tag';

const PAGE_SIZE = 50;
const VIEWS: InboxView[] = ['MINE', 'UNCLAIMED', 'ALL'];

type Props = {
  username: string;
  caseLink: (caseId: string) => string;
};

export function TaskTable({ username, caseLink }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [view, setView] = useState<InboxView>('MINE');
  const [page, setPage] = useState(0);
  const tasks = useTasks({ view, page, size: PAGE_SIZE });
  const claim = useClaimTask();

  const onClaim = (task: InboxTask) =>
    claim.mutate(task.taskId, {
      onSuccess: () => void message.success(t('inbox.claimed')),
      onError: (error) => void message.error(isApiError(error) ? error.problem.detail : String(error)),
    });

  const columns: TableColumnsType<InboxTask> = [
    {
      title: t('inbox.caseNumber'),
      dataIndex: 'caseNumber',
      render: (caseNumber: string, task) => <Link to={caseLink(task.caseId)}>{caseNumber}</Link>,
    },
    { title: t('inbox.task'), dataIndex: 'taskName' },
    { title: t('inbox.patent'), dataIndex: 'patentNumber' },
    { title: t('inbox.requester'), dataIndex: 'requesterName' },
    { title: t('inbox.respondent'), dataIndex: 'respondentName' },
    { title: t('inbox.dueAt'), dataIndex: 'dueAt', render: (dueAt: string | null) => <DueTag dueAt={dueAt} /> },
    {
      title: t('inbox.assignee'),
      dataIndex: 'assignee',
      render: (assignee: string | null) =>
        !assignee ? (
          <Typography.Text type="secondary">{t('inbox.unassigned')}</Typography.Text>
        ) : assignee === username ? (
          `${assignee} (${t('inbox.me')})`
        ) : (
          assignee
        ),
    },
    {
      title: t('inbox.actions'),
      key: 'actions',
      render: (_, task) => (
        <Space size="small">
          {!task.assignee && (
            <Button
              size="small"
              loading={claim.isPending && claim.variables === task.taskId}
              onClick={() => onClaim(task)}
              aria-label={`${t('inbox.claim')} ${task.caseNumber} ${task.taskName}`}
            >
              {t('inbox.claim')}
            </Button>
          )}
          <Link to={caseLink(task.caseId)} aria-label={`${t('inbox.open')} ${task.caseNumber}`}>
            {t('inbox.open')}
          </Link>
        </Space>
      ),
    },
  ];

  return (
    <>
      <Tabs
        activeKey={view}
        onChange={(key) => {
          setView(key as InboxView);
          setPage(0);
        }}
        items={VIEWS.map((key) => ({ key, label: t(`inbox.views.${key}`) }))}
      />
      {tasks.isError ? (
        <QueryError error={tasks.error} onRetry={() => void tasks.refetch()} />
      ) : (
        <Table<InboxTask>
          rowKey="taskId"
          columns={columns}
          dataSource={tasks.data?.items}
          loading={tasks.isPending}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: t('inbox.empty') }}
          pagination={{
            current: page + 1,
            pageSize: PAGE_SIZE,
            total: tasks.data?.total ?? 0,
            showSizeChanger: false,
            onChange: (current) => setPage(current - 1),
          }}
        />
      )}
      <Typography.Text type="secondary">{t('inbox.refreshHint')}</Typography.Text>
    </>
  );
}
