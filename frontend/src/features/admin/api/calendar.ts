import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/shared/api/api-client';
import type { CalendarDay, CalendarStatus, CalendarYear, YearNotice } from '../types';

/** Whether next year's holiday notice is loaded: for administrators and supervisors. */
export const getCalendarStatus = (): Promise<CalendarStatus> => api.get('/api/calendar/status');

export const useCalendarStatus = () =>
  useQuery({ queryKey: ['calendar', 'status'], queryFn: getCalendarStatus, staleTime: 60_000 });

export const getCalendarYears = (): Promise<CalendarYear[]> => api.get('/api/admin/calendar');

export const useCalendarYears = () => useQuery({ queryKey: ['calendar', 'years'], queryFn: getCalendarYears });

export const getCalendarDays = (year: number): Promise<CalendarDay[]> => api.get(`/api/admin/calendar/${year}`);

export const useCalendarDays = (year: number | undefined) =>
  useQuery({
    queryKey: ['calendar', 'days', year],
    queryFn: () => getCalendarDays(year as number),
    enabled: year !== undefined,
  });

export const loadYear = ({ year, notice }: { year: number; notice: YearNotice }): Promise<void> =>
  api.put(`/api/admin/calendar/${year}`, notice);

/** Loads a year's notice; the status, the years and the days are read again. */
export function useLoadYear() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: loadYear,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['calendar'] }),
  });
}
