import { AcceptanceReviewForm } from '@/features/adjudication/components/acceptance-review-form';
import type { TaskFormComponent } from '@/features/inbox/components/task-panel';
import {
  InjunctionApprovalForm,
  InjunctionLiftingForm,
  InjunctionObjectionDecisionForm,
  InjunctionReviewForm,
} from '@/features/injunction/components/injunction-task-forms';

/**
 * The form of each user task, by its form key in the models (camunda:formKey). A procedure's
 * feature owns its forms; this table is the only place that knows them all.
 */
export const TASK_FORMS: Record<string, TaskFormComponent> = {
  'acceptance-review': AcceptanceReviewForm,
  'injunction-review': InjunctionReviewForm,
  'injunction-approval': InjunctionApprovalForm,
  'injunction-objection': InjunctionObjectionDecisionForm,
  'injunction-lifting': InjunctionLiftingForm,
};
