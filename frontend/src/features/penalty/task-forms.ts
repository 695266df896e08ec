import { createElement, type ComponentType } from 'react';
import { HearingScheduleForm } from './components/hearing-schedule-form';
import { InvestigationForm } from './components/investigation-form';
import { ProposalForm } from './components/proposal-form';
import { StatementReviewForm } from './components/statement-review-form';
import { STEPS, StepForm } from './components/step-form';

type TaskFormProps = { taskId: string; onCompleted: () => void };

function stepForm(formKey: string): ComponentType<TaskFormProps> {
  const Form = (props: TaskFormProps) => createElement(StepForm, { formKey, ...props });
  Form.displayName = `StepForm(${formKey})`;
  return Form;
}

/** Every form of the counterfeit-penalty, seizure and referral models, by form key. */
export const PENALTY_TASK_FORMS: Record<string, ComponentType<TaskFormProps>> = {
  ...Object.fromEntries(Object.keys(STEPS).map((key) => [key, stepForm(key)])),
  'penalty-investigation': InvestigationForm,
  'penalty-proposal': ProposalForm,
  'penalty-hearing-schedule': HearingScheduleForm,
  'penalty-statement-review': StatementReviewForm,
};
