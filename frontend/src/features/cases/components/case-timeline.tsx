import { Card, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@/shared/lib/format';
import type { TimelineEntry } from '../types';

function detailsText(details: unknown): string | null {
  if (details === null || details === undefined || details === '') return null;
  if (typeof details === 'string') return details;
  if (typeof details === 'object') {
    return Object.entries(details as Record<string, unknown>)
      .map(([key, value]) => `${key}: ${Array.isArray(value) ? value.join(', ') : String(value)}`)
      .join('; ');
  }
  return String(details);
}

export function CaseTimeline({ entries }: { entries: TimelineEntry[] }) {
  const { t, i18n } = useTranslation();
  // The server records engine-driven steps (a period running out) as done by "system".
  const actorText = (entry: TimelineEntry) =>
    entry.actorName || (!entry.actor || entry.actor === 'system' ? t('timeline.system') : entry.actor);
  const actionText = (code: string) =>
    i18n.exists(`timeline.${code}`) ? t(`timeline.${code}`) : t('timeline.unknown', { code });
  return (
    <Card title={t('case.timeline')}>
      <Timeline
        items={entries.map((entry, index) => {
          const details = detailsText(entry.details);
          return {
            key: `${entry.at}-${index}`,
            title: formatDateTime(entry.at),
            content: (
              <>
                <Typography.Text strong>{actorText(entry)}</Typography.Text>{' '}
                {actionText(entry.action)}
                {details && (
                  <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
                    {details}
                  </Typography.Paragraph>
                )}
              </>
            ),
          };
        })}
      />
    </Card>
  );
}
