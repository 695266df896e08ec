import { AcceptanceReviewForm } from '@/features/adjudication/components/acceptance-review-form';
import type { TaskFormComponent } from '@/features/inbox/components/task-panel';
import { PENALTY_TASK_FORMS } from '@/features/penalty/task-forms';

/**
 * The hand-built forms of the rich steps, by form key in the models (camunda:formKey). A
 * procedure's feature owns its forms; this table is the only place that knows them all. Every
 * other step's form is drawn from the server's description of it (DescribedStepForm).
 */
export const TASK_FORMS: Record<string, TaskFormComponent> = {
  'acceptance-review': AcceptanceReviewForm,
  ...PENALTY_TASK_FORMS,
};
