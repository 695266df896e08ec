import type { ComponentType } from 'react';
import { ProposalForm } from './components/proposal-form';

type TaskFormProps = { taskId: string; onCompleted: () => void };

/**
 * The hand-built forms of the counterfeit-penalty model's rich steps, by form key. Only the
 * proposal is one: it shows the statutory ceiling and the department's band as the officer types
 * the fine. Every other step is drawn from the server's description of it.
 */
export const PENALTY_TASK_FORMS: Record<string, ComponentType<TaskFormProps>> = {
  'penalty-proposal': ProposalForm,
};
