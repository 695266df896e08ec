import { useQuery } from '@tanstack/react-query';
import { api } from '@/shared/api/api-client';
import type { CaseTask, TaskState } from '../types';

type OpenTaskState = TaskState & {
  formKey?: string | null;
  officeId?: string;
  caseId?: string;
  dueAt?: string | null;
  owner?: string | null;
  allowedActions?: string[];
};

/** One open task as it stands, with what the caller may do with it. */
export function getTask(taskId: string): Promise<OpenTaskState> {
  return api.get(`/api/inbox/tasks/${encodeURIComponent(taskId)}`);
}

/** The task in the shape the task panel takes. */
export function useTask(taskId: string | undefined) {
  return useQuery({
    queryKey: ['inbox', 'task', taskId],
    queryFn: () => getTask(taskId!),
    enabled: !!taskId,
    select: (state): CaseTask => ({
      taskId: state.taskId,
      taskKey: '',
      name: state.name ?? '',
      assignee: state.assignee,
      assigneeName: state.assigneeName,
      owner: state.owner,
      delegationState: state.delegationState as CaseTask['delegationState'],
      dueAt: state.dueAt,
      formKey: state.formKey,
      officeId: state.officeId,
      allowedActions: state.allowedActions,
    }),
  });
}
