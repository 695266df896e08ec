import { Alert, Button, Card, Checkbox, DatePicker, Form, Input, Radio, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '@/shared/auth/get-session';
import { todayInOffice } from '@/shared/lib/format';
import { useOfficers, useRegisterCase } from '../api/penalty-cases';
import { problemText } from '../lib/submit';
import type { LeadSource, NewPenaltyCase, PartyKind } from '../types';

type Values = {
  source: LeadSource;
  sourceReference?: string;
  discoveredOn?: Dayjs;
  party: { kind: PartyKind; name: string; idNumber?: string; address: string; contact?: string };
  suspectedAct: string;
  handlers: string[];
  leadHandler: string;
  actEndedOn?: Dayjs;
  actContinuing?: boolean;
  safetyHarm?: boolean;
};

type Props = {
  /** A report taken up: its source is fixed, its receipt the day the filing period runs from. */
  report?: { id: string; subjectName: string; subjectAddress?: string | null; description: string };
  onRegistered: (filed: { id: string; caseNumber: string }) => void;
};

/** A lead registered for the filing approval, with two or more handlers (CNIPA 2015 Measures art. 28). */
export function RegisterCaseForm({ report, onRegistered }: Props) {
  const { t } = useTranslation();
  const { data: session } = useSession();
  const officers = useOfficers();
  const register = useRegisterCase();
  const [form] = Form.useForm<Values>();
  const [detail, setDetail] = useState<string | null>(null);
  const handlers = Form.useWatch('handlers', form) ?? [];
  const continuing = Form.useWatch('actContinuing', form) ?? false;
  const me = session?.user?.username;
  const required = (field: string) => ({ required: true, message: t('penalty.form.required', { field }) });

  const onFinish = (values: Values) => {
    setDetail(null);
    const lead: NewPenaltyCase = {
      source: report ? 'REPORT' : values.source,
      reportId: report?.id,
      sourceReference: values.sourceReference?.trim() || undefined,
      discoveredOn: report ? undefined : values.discoveredOn?.format('YYYY-MM-DD'),
      party: {
        kind: values.party.kind,
        name: values.party.name.trim(),
        idNumber: values.party.idNumber?.trim() || undefined,
        address: values.party.address.trim(),
        contact: values.party.contact?.trim() || undefined,
      },
      suspectedAct: values.suspectedAct.trim(),
      handlers: values.handlers,
      leadHandler: values.leadHandler,
      actEndedOn: values.actContinuing ? undefined : values.actEndedOn?.format('YYYY-MM-DD'),
      actContinuing: values.actContinuing ?? false,
      safetyHarm: values.safetyHarm ?? false,
    };
    register.mutate(lead, { onSuccess: onRegistered, onError: (error) => setDetail(problemText(form, error, t)) });
  };

  return (
    <Card title={report ? t('penalty.reportDetail.registerTitle') : t('penalty.register.title')}>
      <Typography.Paragraph type="secondary">{t('penalty.register.filingHint')}</Typography.Paragraph>
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        disabled={register.isPending}
        aria-label={t('penalty.register.title')}
        initialValues={{
          source: 'OWN_FINDING',
          discoveredOn: todayInOffice(),
          party: { kind: 'ORGANISATION', name: report?.subjectName, address: report?.subjectAddress ?? undefined },
          suspectedAct: report?.description,
          handlers: me ? [me] : [],
          leadHandler: me,
          actEndedOn: todayInOffice(),
          actContinuing: false,
          safetyHarm: false,
        }}
      >
        {!report && (
          <>
            <Form.Item name="source" label={t('penalty.register.source')}>
              <Radio.Group
                options={(['OWN_FINDING', 'REFERRAL'] as const).map((s) => ({
                  value: s,
                  label: t(`penalty.register.sources.${s}`),
                }))}
              />
            </Form.Item>
            <Form.Item
              name="discoveredOn"
              label={t('penalty.register.discoveredOn')}
              rules={[required(t('penalty.register.discoveredOn'))]}
            >
              <DatePicker disabledDate={(d) => d.isAfter(todayInOffice(), 'day')} />
            </Form.Item>
          </>
        )}
        <Form.Item name="sourceReference" label={t('penalty.register.sourceReference')}>
          <Input maxLength={300} />
        </Form.Item>
        <Typography.Title level={5}>{t('penalty.register.party')}</Typography.Title>
        <Form.Item name={['party', 'kind']} label={t('penalty.register.partyKind')}>
          <Radio.Group
            options={(['ORGANISATION', 'PERSON'] as const).map((k) => ({
              value: k,
              label: t(`penalty.register.partyKinds.${k}`),
            }))}
          />
        </Form.Item>
        <Form.Item
          name={['party', 'name']}
          label={t('penalty.register.partyName')}
          rules={[{ ...required(t('penalty.register.partyName')), whitespace: true }]}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name={['party', 'idNumber']} label={t('penalty.register.idNumber')}>
          <Input maxLength={32} />
        </Form.Item>
        <Form.Item
          name={['party', 'address']}
          label={t('penalty.register.address')}
          rules={[{ ...required(t('penalty.register.address')), whitespace: true }]}
        >
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item name={['party', 'contact']} label={t('penalty.register.contact')}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item
          name="suspectedAct"
          label={t('penalty.register.suspectedAct')}
          rules={[{ ...required(t('penalty.register.suspectedAct')), whitespace: true }]}
        >
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} maxLength={5000} />
        </Form.Item>
        <Typography.Paragraph type="secondary">{t('penalty.register.limitationHint')}</Typography.Paragraph>
        <Form.Item name="actContinuing" valuePropName="checked">
          <Checkbox>{t('penalty.register.actContinuing')}</Checkbox>
        </Form.Item>
        {!continuing && (
          <Form.Item
            name="actEndedOn"
            label={t('penalty.register.actEndedOn')}
            rules={[required(t('penalty.register.actEndedOn'))]}
          >
            <DatePicker disabledDate={(d) => d.isAfter(todayInOffice(), 'day')} />
          </Form.Item>
        )}
        <Form.Item name="safetyHarm" valuePropName="checked">
          <Checkbox>{t('penalty.register.safetyHarm')}</Checkbox>
        </Form.Item>
        <Form.Item
          name="handlers"
          label={t('penalty.register.handlers')}
          rules={[required(t('penalty.register.handlers'))]}
        >
          <Select
            mode="multiple"
            optionFilterProp="label"
            options={(officers.data ?? []).map((o) => ({
              value: o.username,
              label: `${o.displayName} (${o.username})`,
            }))}
          />
        </Form.Item>
        <Form.Item
          name="leadHandler"
          label={t('penalty.register.leadHandler')}
          rules={[required(t('penalty.register.leadHandler'))]}
        >
          <Select options={handlers.map((h) => ({ value: h, label: h }))} />
        </Form.Item>
        {detail && <Alert type="error" showIcon role="alert" title={detail} style={{ marginBottom: 16 }} />}
        <Button type="primary" htmlType="submit" loading={register.isPending}>
          {t('penalty.register.submit')}
        </Button>
      </Form>
    </Card>
  );
}
