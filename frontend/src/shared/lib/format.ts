import dayjs, { type Dayjs } from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);
dayjs.extend(timezone);

// Legal periods run on Chinese calendar days, so every date is shown as it is in Chongqing,
// whatever the clock of the person's device says.
export const OFFICE_TIME_ZONE = 'Asia/Shanghai';

export function inOfficeTime(instant: string | Date | Dayjs): Dayjs {
  return dayjs(instant).tz(OFFICE_TIME_ZONE);
}

export function formatDate(instant: string | null | undefined): string {
  return instant ? inOfficeTime(instant).format('YYYY-MM-DD') : '';
}

export function formatDateTime(instant: string | null | undefined): string {
  return instant ? inOfficeTime(instant).format('YYYY-MM-DD HH:mm') : '';
}

export function todayInOffice(): Dayjs {
  return dayjs().tz(OFFICE_TIME_ZONE).startOf('day');
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
