import { AcceptanceReviewForm } from '@/features/adjudication/components/acceptance-review-form';
import * as assistance from '@/features/assistance/components/assistance-task-forms';
import type { TaskFormComponent } from '@/features/inbox/components/task-panel';
import * as mediation from '@/features/mediation/components/mediation-forms';
import { PENALTY_TASK_FORMS } from '@/features/penalty/task-forms';
import {
  InjunctionApprovalForm,
  InjunctionLiftingForm,
  InjunctionObjectionDecisionForm,
  InjunctionReviewForm,
} from '@/features/injunction/components/injunction-task-forms';

/**
 * The hand-built forms of the rich steps, by form key in the models (camunda:formKey). A
 * procedure's feature owns its forms; this table is the only place that knows them all. Every
 * other step's form is drawn from the server's description of it (DescribedStepForm).
 */
export const TASK_FORMS: Record<string, TaskFormComponent> = {
  'acceptance-review': AcceptanceReviewForm,
  'mediation-notice': mediation.MediationNoticeForm,
  'mediation-filing': mediation.MediationFilingForm,
  'mediation-session': mediation.MediationSessionForm,
  'mediation-agreement': mediation.MediationAgreementForm,
  'mediation-not-filed': mediation.MediationNotFiledForm,
  ...PENALTY_TASK_FORMS,
  'injunction-review': InjunctionReviewForm,
  'injunction-approval': InjunctionApprovalForm,
  'injunction-objection': InjunctionObjectionDecisionForm,
  'injunction-lifting': InjunctionLiftingForm,

  'assistance-review': assistance.AssistanceReviewForm,
  'assistance-appeal': assistance.AssistanceAppealForm,
  'assistance-assignment': assistance.AssistanceAssignmentForm,
  'assistance-service': assistance.AssistanceServiceForm,
};
