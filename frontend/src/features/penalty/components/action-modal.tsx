import { Alert, Button, Form, Modal, type FormInstance } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useCaseAction, type CaseAction } from '../api/case-actions';
import { problemText } from '../lib/submit';

type Props<V> = {
  caseId: string;
  label: string;
  title?: string;
  /** The action to send for the form's values. */
  toAction: (values: V) => CaseAction;
  children: (form: FormInstance<V>) => ReactNode;
  initialValues?: Partial<V>;
  buttonType?: 'primary' | 'default' | 'link';
};

/** A button that opens a small form recording one thing on the case; the server's errors land under their fields. */
export function ActionModal<V extends object>({
  caseId,
  label,
  title,
  toAction,
  children,
  initialValues,
  buttonType = 'default',
}: Props<V>) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<V>();
  const action = useCaseAction(caseId);
  const [detail, setDetail] = useState<string | null>(null);

  const close = () => {
    setOpen(false);
    setDetail(null);
    form.resetFields();
  };

  const onFinish = (values: V) => {
    setDetail(null);
    action.mutate(toAction(values), { onSuccess: close, onError: (error) => setDetail(problemText(form, error, t)) });
  };

  return (
    <>
      <Button type={buttonType} onClick={() => setOpen(true)}>
        {label}
      </Button>
      <Modal
        open={open}
        title={title ?? label}
        onCancel={close}
        okText={t('penalty.form.submit')}
        onOk={() => form.submit()}
        confirmLoading={action.isPending}
        destroyOnHidden
      >
        <Form<V>
          form={form}
          layout="vertical"
          onFinish={onFinish}
          initialValues={initialValues}
          aria-label={title ?? label}
        >
          {children(form)}
          {detail && <Alert type="error" showIcon role="alert" title={detail} />}
        </Form>
      </Modal>
    </>
  );
}
