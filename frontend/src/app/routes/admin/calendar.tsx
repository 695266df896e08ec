import { CalendarAdmin } from '@/features/admin/components/calendar-admin';

export function AdminCalendarRoute() {
  return <CalendarAdmin />;
}
