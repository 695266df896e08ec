import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '@/shared/api/api-client';
import type { AuditFilter, AuditPage } from '../types';

type AuditQuery = AuditFilter & { page: number; size: number };

export const getAuditPage = (query: AuditQuery): Promise<AuditPage> => api.get('/api/admin/audit', { params: query });

export const useAuditPage = (query: AuditQuery) =>
  useQuery({
    queryKey: ['admin', 'audit', query],
    queryFn: () => getAuditPage(query),
    placeholderData: keepPreviousData,
  });

export const getAuditActions = (): Promise<string[]> => api.get('/api/admin/audit/actions');

export const useAuditActions = () => useQuery({ queryKey: ['admin', 'audit-actions'], queryFn: getAuditActions });
