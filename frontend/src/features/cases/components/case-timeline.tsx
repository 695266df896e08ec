import { Card, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@/shared/lib/format';
import { describeEntry } from '../lib/timeline';
import type { TimelineEntry } from '../types';

export function CaseTimeline({ entries }: { entries: TimelineEntry[] }) {
  const { t, i18n } = useTranslation();
  // The server records engine-driven steps (a period running out) as done by "system".
  const actorText = (entry: TimelineEntry) =>
    entry.actorName || (!entry.actor || entry.actor === 'system' ? t('timeline.system') : entry.actor);
  return (
    <Card title={t('case.timeline')}>
      <Timeline
        items={entries.map((entry, index) => {
          const { sentence, note } = describeEntry(entry, i18n);
          return {
            key: `${entry.at}-${index}`,
            title: formatDateTime(entry.at),
            content: (
              <>
                <Typography.Text strong>{actorText(entry)}</Typography.Text> {sentence}
                {note && (
                  <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
                    {note}
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
