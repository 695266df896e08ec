import { Alert, App, Form, Input, Modal, Select, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/shared/api/problem';
import { showProblemOnForm } from '@/shared/forms/show-problem';
import { useColleagues } from '../api/get-colleagues';
import { useHandOver, useReassignTasks, useReturnTask } from '../api/hand-over';
import { actionErrorMessage } from '../lib/conflict';

export type HandOverKind = 'DELEGATE' | 'TRANSFER' | 'REASSIGN' | 'RETURN';

type Props = {
  kind: HandOverKind;
  taskIds: string[];
  /** The office whose staff may take the tasks. */
  officeId?: string;
  /** Who has the task now: not offered as its new handler. */
  currentAssignee?: string | null;
  onClose: () => void;
  onDone?: () => void;
};

type Values = { assignee?: string; reason?: string };

/**
 * Handing tasks to a colleague, with the reason that goes on the case's record: 委派 (delegate),
 * 转办 (transfer), a supervisor's 指派 (assign), or the delegate's hand-back.
 */
export function HandOverDialog({ kind, taskIds, officeId, currentAssignee, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const returning = kind === 'RETURN';
  const colleagues = useColleagues(officeId, !returning);
  const handOver = useHandOver();
  const reassign = useReassignTasks();
  const returnTask = useReturnTask();
  const pending = handOver.isPending || reassign.isPending || returnTask.isPending;

  const nameOf = (username?: string) =>
    colleagues.data?.find((c) => c.username === username)?.displayName ?? username ?? '';

  const onFinish = ({ assignee = '', reason = '' }: Values) => {
    setError(null);
    const callbacks = {
      onSuccess: () => {
        void message.success(t(`inbox.handOver.done.${kind}`, { name: nameOf(assignee) }));
        onDone?.();
        onClose();
      },
      onError: (e: Error) => {
        if (isApiError(e) && e.status === 400) showProblemOnForm(form, e.problem);
        setError(actionErrorMessage(e, t));
      },
    };
    if (returning) returnTask.mutate({ taskId: taskIds[0], note: reason.trim() || undefined }, callbacks);
    else if (kind === 'REASSIGN') reassign.mutate({ taskIds, assignee, reason: reason.trim() }, callbacks);
    else
      handOver.mutate(
        { taskId: taskIds[0], kind: kind === 'DELEGATE' ? 'delegate' : 'transfer', assignee, reason: reason.trim() },
        callbacks,
      );
  };

  return (
    <Modal
      open
      title={t(`inbox.handOver.titles.${kind}`)}
      okText={t('inbox.handOver.submit')}
      cancelText={t('inbox.handOver.cancel')}
      confirmLoading={pending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t(`inbox.handOver.help.${kind}`)}</Typography.Paragraph>
      <Form<Values> form={form} layout="vertical" onFinish={onFinish} disabled={pending}>
        {!returning && (
          <Form.Item
            name="assignee"
            label={t('inbox.handOver.assignee')}
            rules={[{ required: true, message: t('inbox.handOver.assigneeRequired') }]}
          >
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              loading={colleagues.isPending}
              options={(colleagues.data ?? [])
                .filter((c) => c.username !== currentAssignee)
                .map((c) => ({
                  value: c.username,
                  label: c.displayName,
                  title: c.displayName,
                  supervisor: c.supervisor,
                }))}
              optionRender={(option) => (
                <>
                  {option.label} {option.data.supervisor && <Tag>{t('inbox.handOver.supervisorTag')}</Tag>}
                </>
              )}
            />
          </Form.Item>
        )}
        <Form.Item
          name="reason"
          label={t(returning ? 'inbox.handOver.note' : 'inbox.handOver.reason')}
          extra={t('inbox.handOver.reasonHint')}
          rules={returning ? [] : [{ required: true, whitespace: true, message: t('inbox.handOver.reasonRequired') }]}
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={500} showCount />
        </Form.Item>
      </Form>
      {error && <Alert type="error" showIcon role="alert" title={error} />}
    </Modal>
  );
}
