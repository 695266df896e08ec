import type { ApiSchema } from '@/shared/api/api-schema';

export type CalendarStatus = ApiSchema<'CalendarStatusController.CalendarStatus'>;
export type CalendarYear = ApiSchema<'CalendarStore.YearInfo'>;
export type CalendarDay = ApiSchema<'CalendarStore.DayEntry'>;
export type YearNotice = ApiSchema<'CalendarAdminController.YearNoticeRequest'>;
export type AuditPage = ApiSchema<'AuditLogController.AuditPage'>;
export type AuditEntry = ApiSchema<'AuditLogController.AuditEntry'>;
export type EngineHealth = ApiSchema<'EngineHealthController.EngineHealth'>;
export type FailedJob = ApiSchema<'EngineHealthController.FailedJob'>;
export type Setting = ApiSchema<'SettingsController.Setting'>;

export type AuditFilter = { actor?: string; caseId?: string; action?: string; from?: string; to?: string };
