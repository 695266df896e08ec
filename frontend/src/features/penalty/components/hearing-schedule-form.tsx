import { Alert, Button, Checkbox, DatePicker, Form, Input, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCompleteTask } from '@/shared/tasks/complete-task';
import { useOfficers } from '../api/penalty-cases';
import { problemText } from '../lib/submit';

type Values = { at?: Dayjs; place?: string; presider?: string; publicHearing?: boolean };

/** Admin. Penalty Law art. 64: 7 working days' notice, an officer who did not investigate presides. */
export function HearingScheduleForm({ taskId, onCompleted }: { taskId: string; onCompleted: () => void }) {
  const { t } = useTranslation();
  const officers = useOfficers();
  const [form] = Form.useForm<Values>();
  const complete = useCompleteTask();
  const [detail, setDetail] = useState<string | null>(null);
  const required = (field: string) => ({ required: true, message: t('penalty.form.required', { field }) });

  const onFinish = (values: Values) => {
    setDetail(null);
    complete.mutate(
      {
        taskId,
        values: {
          at: values.at?.format('YYYY-MM-DDTHH:mm:ssZ'),
          place: values.place?.trim(),
          presider: values.presider,
          publicHearing: values.publicHearing ?? true,
        },
      },
      { onSuccess: () => onCompleted(), onError: (error) => setDetail(problemText(form, error, t)) },
    );
  };

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      onFinish={onFinish}
      disabled={complete.isPending}
      aria-label={t('penalty.hearing.title')}
      initialValues={{ publicHearing: true }}
    >
      <Typography.Paragraph type="secondary">{t('penalty.hearing.earliest')}</Typography.Paragraph>
      <Form.Item name="at" label={t('penalty.hearing.at')} rules={[required(t('penalty.hearing.at'))]}>
        <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" />
      </Form.Item>
      <Form.Item
        name="place"
        label={t('penalty.hearing.place')}
        rules={[{ ...required(t('penalty.hearing.place')), whitespace: true }]}
      >
        <Input maxLength={300} />
      </Form.Item>
      <Form.Item
        name="presider"
        label={t('penalty.hearing.presider')}
        rules={[required(t('penalty.hearing.presider'))]}
      >
        <Select
          showSearch
          optionFilterProp="label"
          options={(officers.data ?? []).map((o) => ({ value: o.username, label: `${o.displayName} (${o.username})` }))}
        />
      </Form.Item>
      <Form.Item name="publicHearing" valuePropName="checked">
        <Checkbox>{t('penalty.hearing.publicHearing')}</Checkbox>
      </Form.Item>
      {detail && <Alert type="error" showIcon role="alert" title={detail} style={{ marginBottom: 16 }} />}
      <Button type="primary" htmlType="submit" loading={complete.isPending}>
        {t('penalty.form.submit')}
      </Button>
    </Form>
  );
}
