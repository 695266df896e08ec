import { App, Button, Card, Descriptions, Flex, Typography } from 'antd';
import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/shared/api/problem';
import { useClaimTask } from '../api/claim-task';
import { useUnclaimTask } from '../api/unclaim-task';
import type { CaseTask } from '../types';
import { DueTag } from './due-tag';

/** The form that completes a task, chosen by the task's form key. */
export type TaskFormComponent = ComponentType<{ taskId: string; onCompleted: () => void }>;

type Props = {
  task: CaseTask;
  username: string;
  /** Form components by form key; the app composes them from the features that own them. */
  forms: Record<string, TaskFormComponent>;
  onCompleted: () => void;
};

/** One open task of a case: who has it, and, for its handler, the form to finish it. */
export function TaskPanel({ task, username, forms, onCompleted }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const claim = useClaimTask();
  const unclaim = useUnclaimTask();
  const mine = task.assignee === username;
  const Form = task.formKey ? forms[task.formKey] : undefined;
  const onError = (error: Error) => void message.error(isApiError(error) ? error.problem.detail : String(error));

  return (
    <Card title={t('task.heading', { name: task.name })}>
      <Flex vertical gap="middle">
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 2 }}
          items={[
            { key: 'dueAt', label: t('inbox.dueAt'), children: <DueTag dueAt={task.dueAt} /> },
            {
              key: 'assignee',
              label: t('inbox.assignee'),
              children: task.assignee
                ? mine
                  ? `${task.assignee} (${t('inbox.me')})`
                  : task.assignee
                : t('inbox.unassigned'),
            },
          ]}
        />
        {!task.assignee && (
          <Flex gap="small" align="center" wrap>
            <Typography.Text>{t('task.claimFirst')}</Typography.Text>
            <Button
              type="primary"
              loading={claim.isPending}
              onClick={() =>
                claim.mutate(task.taskId, { onSuccess: () => void message.success(t('inbox.claimed')), onError })
              }
            >
              {t('inbox.claim')}
            </Button>
          </Flex>
        )}
        {task.assignee && !mine && (
          <Typography.Text>{t('task.claimedByOther', { assignee: task.assignee })}</Typography.Text>
        )}
        {mine && (
          <>
            <div>
              <Button
                loading={unclaim.isPending}
                onClick={() =>
                  unclaim.mutate(task.taskId, { onSuccess: () => void message.success(t('inbox.unclaimed')), onError })
                }
              >
                {t('inbox.unclaim')}
              </Button>
            </div>
            {Form ? (
              <Form taskId={task.taskId} onCompleted={onCompleted} />
            ) : (
              <Typography.Text type="secondary">{t('task.noForm')}</Typography.Text>
            )}
          </>
        )}
      </Flex>
    </Card>
  );
}
