import { Alert, App, Button, DatePicker, Form, Input, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/shared/api/problem';
import { showProblemOnForm } from '@/shared/forms/show-problem';
import { todayInOffice } from '@/shared/lib/format';
import { useRecordService } from '../api/record-service';
import { ALL_PARTIES, SERVICE_METHODS, type OfficialDocument, type ServiceMethod } from '../types';

type Props = {
  caseId: string;
  document: OfficialDocument;
  /** The roles of the case's parties, to choose from for a document addressed to all of them. */
  partyRoles: string[];
  onClose: () => void;
};

type Values = { method?: ServiceMethod; servedOn?: Dayjs; receiptRef?: string; partyRole?: string };

/** An officer records how and when a document reached its addressee (the day on the receipt). */
export function RecordServiceForm({ caseId, document, partyRoles, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const record = useRecordService();
  const [detail, setDetail] = useState<string | null>(null);
  const method = Form.useWatch('method', form);
  const toAllParties = document.addresseeRole === ALL_PARTIES;
  const unserved = partyRoles.filter((role) => !document.services.some((s) => s.partyRole === role));

  const onFinish = (values: Values) => {
    setDetail(null);
    record.mutate(
      {
        caseId,
        documentId: document.id,
        method: values.method!,
        servedOn: values.servedOn!.format('YYYY-MM-DD'),
        receiptRef: values.receiptRef?.trim() || undefined,
        partyRole: toAllParties ? values.partyRole : undefined,
      },
      {
        onSuccess: () => {
          void message.success(t('officialDocuments.form.success'));
          onClose();
        },
        onError: (error) => {
          if (!isApiError(error)) return setDetail(t('officialDocuments.form.failed'));
          const unmatched = showProblemOnForm(form, error.problem);
          setDetail(
            [error.problem.detail ?? t('officialDocuments.form.failed'), ...unmatched.map((e) => e.message)].join(' '),
          );
        },
      },
    );
  };

  // The first field takes the focus when the dialog opens: otherwise the modal's focus trap starts
  // on its close button, and an Enter meant for the form closes the dialog without recording.
  return (
    <Modal
      open
      title={t('officialDocuments.form.title', { title: document.title, number: document.number })}
      onCancel={onClose}
      footer={null}
      destroyOnHidden
    >
      <Form<Values> form={form} layout="vertical" onFinish={onFinish} disabled={record.isPending}>
        {toAllParties && (
          <Form.Item
            name="partyRole"
            label={t('officialDocuments.form.party')}
            rules={[{ required: true, message: t('officialDocuments.form.partyRequired') }]}
          >
            <Select autoFocus options={unserved.map((role) => ({ value: role, label: t(`partyRole.${role}`) }))} />
          </Form.Item>
        )}
        <Form.Item
          name="method"
          label={t('officialDocuments.form.method')}
          rules={[{ required: true, message: t('officialDocuments.form.methodRequired') }]}
        >
          <Select
            autoFocus={!toAllParties}
            options={SERVICE_METHODS.map((m) => ({ value: m, label: t(`officialDocuments.method.${m}`) }))}
          />
        </Form.Item>
        <Form.Item
          name="servedOn"
          label={t(
            method === 'PUBLIC_NOTICE' ? 'officialDocuments.form.publishedOn' : 'officialDocuments.form.servedOn',
          )}
          rules={[{ required: true, message: t('officialDocuments.form.dateRequired') }]}
        >
          {/* compared as calendar days in Chongqing, whatever the device's time zone */}
          <DatePicker disabledDate={(date) => date.format('YYYY-MM-DD') > todayInOffice().format('YYYY-MM-DD')} />
        </Form.Item>
        <Form.Item name="receiptRef" label={t('officialDocuments.form.receiptRef')}>
          <Input maxLength={200} />
        </Form.Item>
        {detail && <Alert type="error" showIcon role="alert" title={detail} style={{ marginBottom: 16 }} />}
        <Button type="primary" htmlType="submit" loading={record.isPending}>
          {t('officialDocuments.form.submit')}
        </Button>
      </Form>
    </Modal>
  );
}
