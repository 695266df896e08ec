import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCalendarStatus } from '../api/calendar';

/**
 * The warning administrators and supervisors see from 1 October (a setting) while next year's
 * holiday notice is not loaded. `loadLink` offers the loading screen (administrators only).
 */
export function CalendarWarning({ loadLink }: { loadLink?: string }) {
  const { t } = useTranslation();
  const status = useCalendarStatus();
  if (!status.data?.warning) return null;
  const { today, nextYear, nextYearLoaded, provisionalClocks, yearsLoaded } = status.data;
  const thisYear = Number(today.slice(0, 4));
  const missingThisYear = !yearsLoaded.includes(thisYear);
  return (
    <Alert
      type="warning"
      showIcon
      role="alert"
      title={
        missingThisYear
          ? t('admin.calendarWarning.thisYear', { year: thisYear })
          : t('admin.calendarWarning.title', { year: nextYear })
      }
      description={!nextYearLoaded && t('admin.calendarWarning.body', { year: nextYear, count: provisionalClocks })}
      action={
        loadLink && (
          <Link to={loadLink}>
            <Button size="small" type="primary">
              {t('admin.calendarWarning.load')}
            </Button>
          </Link>
        )
      }
    />
  );
}
