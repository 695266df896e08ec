import { formatDateTime } from '@/shared/lib/format';

export function DueTagText({ dueAt }: { dueAt?: string | null }) {
  return <>{dueAt ? formatDateTime(dueAt) : '—'}</>;
}
