import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/shared/api/api-client';
import type { ApprovalPage, Board, BoardFilter, Charts } from '../types';

/** The board refreshes itself like the inbox: polling, an unchanged answer is a bodiless 304. */
export const BOARD_REFRESH_MS = 30_000;

type BoardQuery = { filter: BoardFilter; page: number; size: number };

export const getBoard = ({ filter, page, size }: BoardQuery): Promise<Board> =>
  api.get('/api/sla/board', { params: { ...filter, page, size } });

export function boardQueryOptions(query: BoardQuery) {
  return queryOptions({
    queryKey: ['sla', 'board', query],
    queryFn: () => getBoard(query),
    placeholderData: keepPreviousData,
    refetchInterval: BOARD_REFRESH_MS,
  });
}

export const useBoard = (query: BoardQuery) => useQuery(boardQueryOptions(query));

export const getCharts = (officeId?: string): Promise<Charts> => api.get('/api/sla/charts', { params: { officeId } });

export const useCharts = (officeId?: string) =>
  useQuery({ queryKey: ['sla', 'charts', officeId ?? 'all'], queryFn: () => getCharts(officeId), staleTime: 60_000 });

/** The approvals waiting for the supervisors of the office: tasks of a supervisors' group. */
export const getApprovals = (): Promise<ApprovalPage> =>
  api.get('/api/inbox/tasks', { params: { view: 'ALL', approvals: true, size: 50 } });

/** Only supervisors have approvals: an administrator's board does not ask (the inbox answers 403). */
export const useApprovals = (enabled = true) =>
  useQuery({ queryKey: ['sla', 'approvals'], queryFn: getApprovals, refetchInterval: BOARD_REFRESH_MS, enabled });

/** The address of the board's export, with the board's own filter. */
export function exportUrl(filter: BoardFilter, format: 'csv' | 'xlsx'): string {
  const params = new URLSearchParams({ format });
  for (const [key, value] of Object.entries(filter)) {
    if (value) params.set(key, String(value));
  }
  return `/api/sla/board/export?${params}`;
}
