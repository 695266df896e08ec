import { AcceptanceReviewForm } from '@/features/adjudication/components/acceptance-review-form';
import * as adjudication from '@/features/adjudication/components/task-forms';
import type { TaskFormComponent } from '@/features/inbox/components/task-panel';
import { PENALTY_TASK_FORMS } from '@/features/penalty/task-forms';

/**
 * The hand-built forms of the rich steps, by form key in the models (camunda:formKey). A
 * procedure's feature owns its forms; this table is the only place that knows them all. Every
 * other step's form is drawn from the server's description of it (DescribedStepForm).
 */
export const TASK_FORMS: Record<string, TaskFormComponent> = {
  'acceptance-review': AcceptanceReviewForm,
  'acceptance-extension-approval': adjudication.AcceptanceExtensionApprovalForm,
  'jurisdiction-objection-decision': adjudication.JurisdictionObjectionDecisionForm,
  'evidence-plan': adjudication.EvidencePlanForm,
  'investigation-record': adjudication.InvestigationRecordForm,
  'evaluation-report-review': adjudication.EvaluationReportReviewForm,
  'hearing-schedule': adjudication.HearingScheduleForm,
  'hearing-record': adjudication.HearingRecordForm,
  'suspension-decision': adjudication.SuspensionDecisionForm,
  resumption: adjudication.ResumptionForm,
  'withdrawal-decision': adjudication.WithdrawalDecisionForm,
  'case-period-extension-approval': adjudication.CasePeriodExtensionApprovalForm,
  'case-period-escalation': adjudication.CasePeriodEscalationForm,
  'decision-draft': adjudication.DecisionDraftForm,
  'decision-publication': adjudication.DecisionPublicationForm,
  'compliance-check': adjudication.ComplianceCheckForm,
  'reminder-issue': adjudication.ReminderIssueForm,
  'enforcement-application': adjudication.EnforcementApplicationForm,
  'court-ruling': adjudication.CourtRulingForm,
  ...PENALTY_TASK_FORMS,
};
