import { Tag } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@/shared/lib/format';

const SOON_MS = 2 * 24 * 60 * 60 * 1000;

export type Urgency = 'overdue' | 'soon' | 'normal';

export function urgencyOf(dueAt: string, now: number = Date.now()): Urgency {
  const remaining = dayjs(dueAt).valueOf() - now;
  if (remaining < 0) return 'overdue';
  if (remaining <= SOON_MS) return 'soon';
  return 'normal';
}

/** A legal deadline: red once missed, orange within two days. */
export function DueTag({ dueAt }: { dueAt?: string | null }) {
  const { t } = useTranslation();
  if (!dueAt) return <>—</>;
  const urgency = urgencyOf(dueAt);
  const text = formatDateTime(dueAt);
  if (urgency === 'normal') return <span>{text}</span>;
  return (
    <Tag color={urgency === 'overdue' ? 'red' : 'orange'}>
      {text} · {t(urgency === 'overdue' ? 'inbox.overdue' : 'inbox.dueSoon')}
    </Tag>
  );
}
