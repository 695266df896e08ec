import { Alert, App, Button, Flex, Space, Table, Tabs, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryError } from '@/shared/ui/query-error';
import { useClaimTask } from '../api/claim-task';
import { REFRESH_MS, useTasks } from '../api/get-tasks';
import { useClaimTasks } from '../api/hand-over';
import { actionErrorMessage } from '../lib/conflict';
import type { InboxCriteria, InboxTask, InboxView } from '../types';
import { DueTag } from './due-tag';
import { HandOverDialog } from './hand-over-dialog';

export const PAGE_SIZE = 50;

type Props = {
  criteria: InboxCriteria;
  onViewChange: (view: InboxView) => void;
  page: number;
  onPageChange: (page: number) => void;
  username: string;
  supervisor: boolean;
  officeId?: string;
  caseLink: (caseId: string) => string;
};

/** One page of the inbox: the chosen view's tasks with their case fields and deadlines. */
export function TaskTable({
  criteria,
  onViewChange,
  page,
  onPageChange,
  username,
  supervisor,
  officeId,
  caseLink,
}: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const view = criteria.view ?? 'MINE';
  const tasks = useTasks({ criteria, page, size: PAGE_SIZE });
  const claim = useClaimTask();
  const claimAll = useClaimTasks();
  const [selected, setSelected] = useState<string[]>([]);
  const [reassigning, setReassigning] = useState(false);
  const views: InboxView[] = supervisor
    ? ['MINE', 'UNCLAIMED', 'PANEL', 'ALL', 'OFFICE']
    : ['MINE', 'UNCLAIMED', 'PANEL', 'ALL'];
  const onError = (error: unknown) => void message.error(actionErrorMessage(error, t));
  const rows = tasks.data?.items ?? [];
  const selectedRows = rows.filter((row) => selected.includes(row.taskId));
  const bulkOffice =
    selectedRows.length > 0 && selectedRows.every((r) => r.officeId === selectedRows[0].officeId)
      ? selectedRows[0].officeId
      : undefined;

  const holder = (task: InboxTask) => {
    if (!task.assignee) return <Typography.Text type="secondary">{t('inbox.unassigned')}</Typography.Text>;
    const name = task.assigneeName || task.assignee;
    return (
      <Space size={4} wrap>
        <span>{task.assignee === username ? `${name} (${t('inbox.me')})` : name}</span>
        {task.delegationState === 'PENDING' && task.owner && (
          <Tag color="purple">{t('inbox.delegatedBy', { name: task.ownerName || task.owner })}</Tag>
        )}
        {task.assignee !== username && tasks.data?.actingFor.includes(task.assignee) && (
          <Tag color="gold">{t('inbox.actingFor', { name })}</Tag>
        )}
      </Space>
    );
  };

  const columns: TableColumnsType<InboxTask> = [
    {
      title: t('inbox.caseNumber'),
      dataIndex: 'caseNumber',
      fixed: 'left',
      render: (caseNumber: string, task) => <Link to={caseLink(task.caseId)}>{caseNumber}</Link>,
    },
    { title: t('inbox.task'), dataIndex: 'taskName' },
    { title: t('inbox.patent'), dataIndex: 'patentNumber', responsive: ['md'] },
    { title: t('inbox.requester'), dataIndex: 'requesterName', responsive: ['lg'] },
    { title: t('inbox.respondent'), dataIndex: 'respondentName', responsive: ['md'] },
    { title: t('inbox.dueAt'), dataIndex: 'dueAt', render: (dueAt: string | null) => <DueTag dueAt={dueAt} /> },
    { title: t('inbox.assignee'), dataIndex: 'assignee', render: (_, task) => holder(task) },
    {
      title: t('inbox.actions'),
      key: 'actions',
      render: (_, task) => (
        <Space size="small">
          {!task.assignee && view !== 'OFFICE' && (
            <Button
              size="small"
              loading={claim.isPending && claim.variables === task.taskId}
              onClick={() =>
                claim.mutate(task.taskId, { onSuccess: () => void message.success(t('inbox.claimed')), onError })
              }
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
          setSelected([]);
          onViewChange(key as InboxView);
        }}
        items={views.map((key) => ({
          key,
          label: <Tooltip title={t(`inbox.viewHints.${key}`)}>{t(`inbox.views.${key}`)}</Tooltip>,
        }))}
      />
      {view === 'MINE' && (tasks.data?.actingFor.length ?? 0) > 0 && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('inbox.substituting', {
            names: rows.length ? namesFor(tasks.data!.actingFor, rows) : tasks.data!.actingFor.join('、'),
          })}
        />
      )}
      {supervisor && selected.length > 0 && (
        <Flex
          gap="small"
          align="center"
          wrap
          style={{ marginBottom: 12 }}
          role="region"
          aria-label={t('inbox.bulk.selected', { count: selected.length })}
        >
          <Typography.Text strong>{t('inbox.bulk.selected', { count: selected.length })}</Typography.Text>
          <Button
            loading={claimAll.isPending}
            disabled={selectedRows.some((r) => r.assignee)}
            onClick={() =>
              claimAll.mutate(selected, {
                onSuccess: () => {
                  void message.success(t('inbox.bulk.claimed', { count: selected.length }));
                  setSelected([]);
                },
                onError,
              })
            }
          >
            {t('inbox.bulk.claim')}
          </Button>
          <Button type="primary" disabled={!bulkOffice} onClick={() => setReassigning(true)}>
            {t('inbox.bulk.reassign')}
          </Button>
        </Flex>
      )}
      {tasks.isError ? (
        <QueryError error={tasks.error} onRetry={() => void tasks.refetch()} />
      ) : (
        <Table<InboxTask>
          rowKey="taskId"
          columns={columns}
          dataSource={rows}
          loading={tasks.isPending}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: t('inbox.empty') }}
          rowSelection={
            supervisor
              ? {
                  selectedRowKeys: selected,
                  onChange: (keys) => setSelected(keys as string[]),
                  getCheckboxProps: (task) => ({
                    'aria-label': t('inbox.bulk.select', { caseNumber: task.caseNumber, task: task.taskName }),
                  }),
                }
              : undefined
          }
          pagination={{
            current: page + 1,
            pageSize: PAGE_SIZE,
            total: tasks.data?.total ?? 0,
            showSizeChanger: false,
            showTotal: (total) => t(tasks.data?.moreThanTotal ? 'inbox.totalAtLeast' : 'inbox.total', { count: total }),
            onChange: (current) => onPageChange(current - 1),
          }}
        />
      )}
      <Typography.Text type="secondary">{t('inbox.refreshHint', { seconds: REFRESH_MS / 1000 })}</Typography.Text>
      {reassigning && (
        <HandOverDialog
          kind="REASSIGN"
          taskIds={selected}
          officeId={bulkOffice ?? officeId}
          onClose={() => setReassigning(false)}
          onDone={() => setSelected([])}
        />
      )}
    </>
  );
}

/** The display names of the colleagues stood in for, as the rows carry them. */
function namesFor(usernames: string[], rows: InboxTask[]): string {
  return usernames
    .map((u) => rows.find((r) => r.assignee === u)?.assigneeName ?? rows.find((r) => r.owner === u)?.ownerName ?? u)
    .join('、');
}
