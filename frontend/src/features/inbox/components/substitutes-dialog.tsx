import { App, Button, DatePicker, Form, Input, List, Modal, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/shared/api/problem';
import { showProblemOnForm } from '@/shared/forms/show-problem';
import { todayInOffice } from '@/shared/lib/format';
import { useColleagues } from '../api/get-colleagues';
import { useCancelSubstitute, useNameSubstitute, useSubstitutions } from '../api/substitutions';
import type { Substitution } from '../types';

type Values = { substitute?: string; period?: [Dayjs, Dayjs]; reason?: string };

/** An officer names a colleague to work their tasks while they are away, and sees who covers whom. */
export function SubstitutesDialog({ username, onClose }: { username: string; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const colleagues = useColleagues();
  const substitutions = useSubstitutions();
  const name = useNameSubstitute();
  const cancel = useCancelSubstitute();
  const [error, setError] = useState<string | null>(null);
  const mine = (substitutions.data ?? []).filter((s) => s.absentUser === username);
  const forMe = (substitutions.data ?? []).filter((s) => s.substitute === username);
  const range = (s: Substitution) => t('inbox.substitutes.range', { from: s.startsOn, to: s.endsOn });

  const onFinish = ({ substitute, period, reason }: Values) => {
    setError(null);
    name.mutate(
      {
        substitute: substitute ?? '',
        startsOn: period![0].format('YYYY-MM-DD'),
        endsOn: period![1].format('YYYY-MM-DD'),
        reason: reason?.trim() || undefined,
      },
      {
        onSuccess: () => {
          form.resetFields();
          void message.success(t('inbox.substitutes.added'));
        },
        onError: (e) => {
          if (!isApiError(e)) return setError(String(e));
          const unmatched = showProblemOnForm(form, {
            ...e.problem,
            errors: e.problem.errors?.map((f) => ({
              ...f,
              field: ['startsOn', 'endsOn'].includes(f.field) ? 'period' : f.field,
            })),
          });
          setError([e.problem.detail, ...unmatched.map((u) => u.message)].filter(Boolean).join(' '));
        },
      },
    );
  };

  return (
    <Modal open title={t('inbox.substitutes.title')} footer={null} onCancel={onClose} destroyOnHidden>
      <Typography.Paragraph type="secondary">{t('inbox.substitutes.intro')}</Typography.Paragraph>
      <Typography.Title level={2} style={{ fontSize: 15 }}>
        {t('inbox.substitutes.mine')}
      </Typography.Title>
      <List
        size="small"
        loading={substitutions.isPending}
        locale={{ emptyText: t('inbox.substitutes.none') }}
        dataSource={mine}
        renderItem={(s) => (
          <List.Item
            actions={[
              <Button
                key="cancel"
                size="small"
                danger
                loading={cancel.isPending && cancel.variables === s.id}
                aria-label={t('inbox.substitutes.cancelLabel', {
                  name: s.substituteName,
                  from: s.startsOn,
                  to: s.endsOn,
                })}
                onClick={() =>
                  cancel.mutate(s.id, { onSuccess: () => void message.success(t('inbox.substitutes.removed')) })
                }
              >
                {t('inbox.substitutes.cancel')}
              </Button>,
            ]}
          >
            {s.substituteName} · {range(s)}
            {s.reason ? ` · ${s.reason}` : ''}
          </List.Item>
        )}
      />
      {forMe.length > 0 && (
        <>
          <Typography.Title level={2} style={{ fontSize: 15, marginTop: 16 }}>
            {t('inbox.substitutes.forMe')}
          </Typography.Title>
          <List
            size="small"
            dataSource={forMe}
            renderItem={(s) => (
              <List.Item>
                {s.absentName} · {range(s)}
              </List.Item>
            )}
          />
        </>
      )}
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        disabled={name.isPending}
        style={{ marginTop: 16 }}
      >
        <Form.Item
          name="substitute"
          label={t('inbox.substitutes.substitute')}
          rules={[{ required: true, message: t('inbox.substitutes.substituteRequired') }]}
        >
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            loading={colleagues.isPending}
            options={(colleagues.data ?? [])
              .filter((c) => c.username !== username)
              .map((c) => ({ value: c.username, label: c.displayName }))}
          />
        </Form.Item>
        <Form.Item
          name="period"
          label={t('inbox.substitutes.period')}
          rules={[{ required: true, message: t('inbox.substitutes.periodRequired') }]}
        >
          <DatePicker.RangePicker
            disabledDate={(day) => day.isBefore(todayInOffice(), 'day')}
            style={{ width: '100%' }}
          />
        </Form.Item>
        <Form.Item name="reason" label={t('inbox.substitutes.reason')}>
          <Input maxLength={500} />
        </Form.Item>
        {error && (
          <Typography.Paragraph type="danger" role="alert">
            {error}
          </Typography.Paragraph>
        )}
        <Button type="primary" htmlType="submit" loading={name.isPending}>
          {t('inbox.substitutes.add')}
        </Button>
      </Form>
    </Modal>
  );
}
