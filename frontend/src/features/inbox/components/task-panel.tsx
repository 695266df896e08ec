import { App, Button, Card, Descriptions, Flex, Space, Tag, Typography } from 'antd';
import { useState, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { DescribedStepForm } from '@/shared/tasks/described-step-form';
import { useClaimTask } from '../api/claim-task';
import { useUnclaimTask } from '../api/unclaim-task';
import { actionErrorMessage } from '../lib/conflict';
import type { TaskState } from '../types';
import { DueTag } from './due-tag';
import { HandOverDialog, type HandOverKind } from './hand-over-dialog';

/** A hand-built form for a rich step (the acceptance review, say), chosen by the task's form key. */
export type TaskFormComponent = ComponentType<{ taskId: string; onCompleted: () => void }>;

type Props = {
  task: TaskState;
  username: string;
  /**
   * Hand-built forms of the rich steps by form key; the app composes them from the features that
   * own them. Every other step is drawn from the server's description of it.
   */
  forms: Record<string, TaskFormComponent>;
  onCompleted: () => void;
};

const HAND_OVERS: HandOverKind[] = ['DELEGATE', 'TRANSFER', 'RETURN', 'REASSIGN'];

/**
 * One open task of a case: who has it, what the viewer may do with it (the server says), and for
 * its handler the form to finish it.
 */
export function TaskPanel({ task, username, forms, onCompleted }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const claim = useClaimTask();
  const unclaim = useUnclaimTask();
  const [handOver, setHandOver] = useState<HandOverKind | null>(null);
  const allowed = new Set<string>(task.allowedActions ?? []);
  const Form = task.formKey ? forms[task.formKey] : undefined;
  const onError = (error: unknown) => void message.error(actionErrorMessage(error, t));
  const holderName = task.assigneeName || task.assignee;
  const delegated = task.delegationState === 'PENDING';

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
              children: task.assignee ? (
                <Space size={4} wrap>
                  {task.assignee === username ? `${holderName} (${t('inbox.me')})` : holderName}
                  {delegated && task.owner && (
                    <Tag color="purple">{t('inbox.delegatedBy', { name: task.ownerName || task.owner })}</Tag>
                  )}
                </Space>
              ) : (
                t('inbox.unassigned')
              ),
            },
          ]}
        />
        {!task.assignee && allowed.has('CLAIM') && <Typography.Text>{t('task.claimFirst')}</Typography.Text>}
        {task.assignee && !allowed.has('COMPLETE') && !allowed.has('RETURN') && (
          <Typography.Text>
            {delegated && task.owner === username
              ? t('inbox.delegatedTo', { name: holderName })
              : t('task.claimedByOther', { assignee: holderName })}
          </Typography.Text>
        )}
        <Flex gap="small" wrap>
          {allowed.has('CLAIM') && (
            <Button
              type="primary"
              loading={claim.isPending}
              onClick={() =>
                claim.mutate(task.taskId, { onSuccess: () => void message.success(t('inbox.claimed')), onError })
              }
            >
              {t('inbox.claim')}
            </Button>
          )}
          {allowed.has('UNCLAIM') && (
            <Button
              loading={unclaim.isPending}
              onClick={() =>
                unclaim.mutate(task.taskId, { onSuccess: () => void message.success(t('inbox.unclaimed')), onError })
              }
            >
              {t('inbox.unclaim')}
            </Button>
          )}
          {HAND_OVERS.filter((kind) => allowed.has(kind)).map((kind) => (
            <Button key={kind} type={kind === 'RETURN' ? 'primary' : 'default'} onClick={() => setHandOver(kind)}>
              {t(`inbox.handOver.${kind}`)}
            </Button>
          ))}
        </Flex>
        {allowed.has('COMPLETE') &&
          (Form ? (
            <Form taskId={task.taskId} onCompleted={onCompleted} />
          ) : task.formKey ? (
            <DescribedStepForm taskId={task.taskId} onCompleted={onCompleted} />
          ) : (
            <Typography.Text type="secondary">{t('task.noForm')}</Typography.Text>
          ))}
      </Flex>
      {handOver && (
        <HandOverDialog
          kind={handOver}
          taskIds={[task.taskId]}
          officeId={task.officeId}
          currentAssignee={task.assignee}
          onClose={() => setHandOver(null)}
        />
      )}
    </Card>
  );
}
