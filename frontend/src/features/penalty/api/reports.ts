import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/shared/api/api-client';
import type { NewReport, ReportDetail, ReportSummary, ReportTracking, SubmittedReport } from '../types';

function reportForm(report: NewReport, files: File[]): FormData {
  const form = new FormData();
  form.append('report', new Blob([JSON.stringify(report)], { type: 'application/json' }));
  files.forEach((file) => form.append('files', file));
  return form;
}

/** Anyone may report; a signed-in complainant's report is also listed in their portal. */
export function submitReport({ report, files, signedIn }: { report: NewReport; files: File[]; signedIn: boolean }) {
  return api.post<SubmittedReport>(
    signedIn ? '/api/penalty/reports' : '/api/public/penalty-reports',
    reportForm(report, files),
  );
}

export function useSubmitReport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: submitReport,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['penalty', 'reports'] }),
  });
}

export function trackReport(code: string): Promise<ReportTracking> {
  return api.get(`/api/public/penalty-reports/${encodeURIComponent(code.trim())}`);
}

export function trackingQueryOptions(code: string) {
  return queryOptions({
    queryKey: ['penalty', 'tracking', code],
    queryFn: () => trackReport(code),
    enabled: code.trim().length > 0,
    retry: false,
  });
}

export function useTracking(code: string) {
  return useQuery(trackingQueryOptions(code));
}

export function useMyReports() {
  return useQuery({
    queryKey: ['penalty', 'reports', 'mine'],
    queryFn: () => api.get<ReportTracking[]>('/api/penalty/reports/mine'),
  });
}

export function useOfficeReports() {
  return useQuery({
    queryKey: ['penalty', 'reports', 'office'],
    queryFn: () => api.get<ReportSummary[]>('/api/penalty/reports'),
  });
}

export function useReport(id: string) {
  return useQuery({
    queryKey: ['penalty', 'reports', 'detail', id],
    queryFn: () => api.get<ReportDetail>(`/api/penalty/reports/${encodeURIComponent(id)}`),
  });
}

export function reportFileUrl(reportId: string, fileId: string): string {
  return `/api/penalty/reports/${encodeURIComponent(reportId)}/files/${encodeURIComponent(fileId)}`;
}

export function useDismissReport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, reasons }: { id: string; reasons: string }) =>
      api.post(`/api/penalty/reports/${encodeURIComponent(id)}/dismissal`, { reasons }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['penalty', 'reports'] }),
  });
}

export type ReportOffice = { id: string; nameZh: string; nameEn: string; level: string };

/** The departments a report may go to, readable without signing in. */
export function usePublicOffices() {
  return useQuery({
    queryKey: ['penalty', 'offices'],
    queryFn: () => api.get<ReportOffice[]>('/api/public/offices'),
    staleTime: Infinity,
  });
}
