import { Alert, App, Button, Card, Form, Input, Typography, type UploadFile } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/shared/api/problem';
import { showProblemOnForm } from '@/shared/forms/show-problem';
import { EvidenceUpload, filesOf, totalSizeRule } from '@/shared/ui/evidence-upload';
import { useSubmitSupplement } from '../api/submit-supplement';

type Props = {
  caseId: string;
  request: { missingItems: string[]; dueDate: string };
};

type Values = { note?: string; files: UploadFile[] };

/** What the office asked for (once and comprehensively, Order 81 art. 16) and the way to send it. */
export function SupplementCard({ caseId, request }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const submit = useSubmitSupplement();
  const [detail, setDetail] = useState<string | null>(null);

  const onFinish = ({ note, files }: Values) => {
    const text = (note ?? '').trim();
    if (!text && filesOf(files).length === 0) {
      setDetail(t('supplement.needSomething'));
      return;
    }
    setDetail(null);
    submit.mutate(
      { caseId, note: text, files: filesOf(files) },
      {
        onSuccess: () => {
          form.resetFields();
          void message.success(t('supplement.success'));
        },
        onError: (error) => {
          if (!isApiError(error)) return setDetail(t('supplement.failed'));
          const unmatched = showProblemOnForm(form, error.problem);
          setDetail([error.problem.detail ?? t('supplement.failed'), ...unmatched.map((e) => e.message)].join(' '));
        },
      },
    );
  };

  return (
    <Card title={t('supplement.title')} styles={{ header: { background: '#fffbe6' } }}>
      <ol style={{ paddingInlineStart: 20 }}>
        {request.missingItems.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ol>
      <Typography.Paragraph strong>{t('supplement.dueBy', { dueDate: request.dueDate })}</Typography.Paragraph>
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ files: [] }}
        onFinish={onFinish}
        disabled={submit.isPending}
      >
        <Form.Item name="note" label={t('supplement.note')}>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} maxLength={5000} />
        </Form.Item>
        <Form.Item
          name="files"
          label={t('supplement.files')}
          extra={t('upload.hint')}
          rules={[totalSizeRule(t('upload.tooLargeInAll'))]}
        >
          <EvidenceUpload />
        </Form.Item>
        {detail && <Alert type="error" showIcon role="alert" title={detail} style={{ marginBottom: 16 }} />}
        <Button type="primary" htmlType="submit" loading={submit.isPending}>
          {t('supplement.submit')}
        </Button>
      </Form>
    </Card>
  );
}
