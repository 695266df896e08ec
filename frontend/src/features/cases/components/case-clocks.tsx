import { Card, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { CardTable } from '@/shared/ui/card-table';
import { clockName } from '../lib/clocks';
import type { CaseClock, ClockStatus } from '../types';

const STATUS_COLOURS: Record<ClockStatus, string> = { ON_TRACK: 'green', DUE_SOON: 'orange', OVERDUE: 'red' };

/** Every legal period of the case with its last day and how it stands. */
export function CaseClocks({ clocks }: { clocks: CaseClock[] }) {
  const { t } = useTranslation();
  const columns: TableColumnsType<CaseClock> = [
    { title: t('caseView.clockName'), dataIndex: 'key', render: (_, clock) => clockName(clock.key, t) },
    {
      title: t('caseView.lastDay'),
      key: 'lastDay',
      render: (_, clock) => (
        <>
          {clock.deadline.lastDay}
          {clock.deadline.provisional && clock.state !== 'STOPPED' && (
            <Tooltip title={t('caseView.provisionalHint')}>
              <Tag color="gold" style={{ marginInlineStart: 8 }}>
                {t('caseView.provisional')}
              </Tag>
            </Tooltip>
          )}
        </>
      ),
    },
    {
      title: t('caseView.left'),
      key: 'left',
      render: (_, clock) =>
        clock.state === 'STOPPED'
          ? '—'
          : (clock.calendarDaysLeft ?? 0) < 0
            ? t('caseView.overdueBy', { days: -(clock.calendarDaysLeft ?? 0) })
            : t('caseView.daysLeft', {
                working: clock.workingDaysLeft ?? '—',
                calendar: clock.calendarDaysLeft ?? '—',
              }),
    },
    {
      title: t('caseView.state'),
      key: 'state',
      render: (_, clock) => (
        <>
          {clock.state === 'STOPPED' ? (
            <Tag>{t('caseView.stopped')}</Tag>
          ) : clock.state === 'PAUSED' ? (
            <Tag color="blue">{t('caseView.paused')}</Tag>
          ) : (
            <Tag color={STATUS_COLOURS[clock.status]}>{t(`clockStatus.${clock.status}`)}</Tag>
          )}
          {clock.pausedDays > 0 && <Tag>{t('caseView.pausedDays', { days: clock.pausedDays })}</Tag>}
          {clock.events.some((e) => e.type === 'EXTEND') && <Tag color="purple">{t('caseView.extended')}</Tag>}
        </>
      ),
    },
  ];
  return (
    <Card title={t('caseView.clocks')}>
      {clocks.length === 0 ? (
        <Typography.Text type="secondary">{t('caseView.noClocks')}</Typography.Text>
      ) : (
        <CardTable<CaseClock> rowKey="key" columns={columns} dataSource={clocks} />
      )}
    </Card>
  );
}
