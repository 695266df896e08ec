import { Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { BoardRow } from '../types';

const STANDING_COLOURS = { ON_TRACK: 'green', DUE_SOON: 'orange', OVERDUE: 'red', PAUSED: 'blue' } as const;

type Props = {
  rows: BoardRow[];
  total: number;
  loading: boolean;
  page: number;
  pageSize: number;
  onPageChange: (page: number) => void;
  selected: string[];
  onSelect: (keys: string[]) => void;
  caseLink: (caseId: string) => string;
};

export const rowKey = (row: BoardRow) => `${row.caseId}:${row.key}`;

/** Every running period: its countdown in working and calendar days, its standing, its case's tasks. */
export function ClockTable({
  rows,
  total,
  loading,
  page,
  pageSize,
  onPageChange,
  selected,
  onSelect,
  caseLink,
}: Props) {
  const { t } = useTranslation();
  const clockName = (key: string) => t(`clock.${key}`, { defaultValue: key });
  const columns: TableColumnsType<BoardRow> = [
    {
      title: t('sla.columns.caseNumber'),
      dataIndex: 'caseNumber',
      render: (caseNumber: string, row) => <Link to={caseLink(row.caseId)}>{caseNumber}</Link>,
    },
    { title: t('sla.columns.clock'), dataIndex: 'key', render: (key: string) => clockName(key) },
    { title: t('sla.columns.lastDay'), dataIndex: 'lastDay' },
    {
      title: t('sla.columns.left'),
      key: 'left',
      render: (_, row) =>
        (row.calendarDaysLeft ?? 0) < 0 ? (
          <Typography.Text type="danger">{t('sla.overdueBy', { days: -(row.calendarDaysLeft ?? 0) })}</Typography.Text>
        ) : (
          t('sla.left', { working: row.workingDaysLeft ?? '—', calendar: row.calendarDaysLeft ?? '—' })
        ),
    },
    {
      title: t('sla.columns.standing'),
      key: 'standing',
      render: (_, row) => {
        const standing = row.state === 'PAUSED' ? 'PAUSED' : row.status;
        return (
          <Space size={4} wrap>
            <Tag color={STANDING_COLOURS[standing]}>{t(`sla.standing.${standing}`)}</Tag>
            {row.extended && <Tag color="purple">{t('sla.standing.EXTENDED')}</Tag>}
            {row.pausedDays > 0 && <Tag>{t('sla.pausedDays', { days: row.pausedDays })}</Tag>}
          </Space>
        );
      },
    },
    {
      title: t('sla.columns.tasks'),
      key: 'tasks',
      render: (_, row) =>
        row.tasks.map((task) => (
          <div key={task.taskId}>
            {task.name} · {task.assigneeName || task.assignee || t('sla.unassigned')}
          </div>
        )),
    },
  ];
  return (
    <Table<BoardRow>
      rowKey={rowKey}
      size="small"
      columns={columns}
      dataSource={rows}
      loading={loading}
      scroll={{ x: 'max-content' }}
      rowSelection={{
        selectedRowKeys: selected,
        onChange: (keys) => onSelect(keys as string[]),
        getCheckboxProps: (row) => ({
          'aria-label': t('sla.selectRow', { caseNumber: row.caseNumber, clock: clockName(row.key) }),
        }),
      }}
      pagination={{
        current: page + 1,
        pageSize,
        total,
        showSizeChanger: false,
        showTotal: (count) => t('sla.total', { count }),
        onChange: (current) => onPageChange(current - 1),
      }}
    />
  );
}
