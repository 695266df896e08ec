import { Statistic, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Hours and minutes left until an instant, or null once it has passed. */
export function timeLeft(until: string, now: number): { hours: number; minutes: number } | null {
  const ms = new Date(until).getTime() - now;
  if (ms <= 0) return null;
  const minutes = Math.floor(ms / 60_000);
  return { hours: Math.floor(minutes / 60), minutes: minutes % 60 };
}

/** The expedited review's clock, counted in hours: what is left of it, updated every minute. */
export function ReviewCountdown({ expiresAt }: { expiresAt: string }) {
  const { t } = useTranslation();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 60_000);
    return () => clearInterval(timer);
  }, []);
  const left = timeLeft(expiresAt, now);
  if (!left) return <Tag color="error">{t('injunction.card.reviewOverdue')}</Tag>;
  return (
    <Statistic
      title={t('injunction.card.reviewCountdown')}
      value={t('injunction.card.hours', left)}
      styles={{ content: { color: left.hours < 12 ? '#cf1322' : undefined } }}
    />
  );
}
