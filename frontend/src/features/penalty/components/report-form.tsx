import { Alert, Button, Card, Flex, Form, Input, Result, Select, Typography, type UploadFile } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EvidenceUpload, filesOf, totalSizeRule } from '@/shared/ui/evidence-upload';
import { usePublicOffices, useSubmitReport } from '../api/reports';
import { problemText } from '../lib/submit';
import type { NewReport, SubmittedReport } from '../types';

type Values = NewReport & { files?: UploadFile[] };

/**
 * A report of suspected counterfeiting, anonymous unless the reporter leaves a name. Its answer is
 * the tracking code; signed-in complainants also find it under "my reports".
 */
export function ReportForm({ signedIn, trackPath }: { signedIn: boolean; trackPath: (code: string) => string }) {
  const { t, i18n } = useTranslation();
  const offices = usePublicOffices();
  const submit = useSubmitReport();
  const [form] = Form.useForm<Values>();
  const [detail, setDetail] = useState<string | null>(null);
  const [submitted, setSubmitted] = useState<SubmittedReport | null>(null);
  const required = (field: string) => ({
    required: true,
    whitespace: true,
    message: t('penalty.report.required', { field }),
  });

  if (submitted) {
    return (
      <Result
        status="success"
        title={t('penalty.report.submitted')}
        subTitle={
          <Flex vertical gap="small" align="center">
            <span>{t('penalty.report.keepCode')}</span>
            <Typography.Text copyable strong style={{ fontSize: 24 }} data-testid="tracking-code">
              {submitted.trackingCode}
            </Typography.Text>
          </Flex>
        }
        extra={
          <Link to={trackPath(submitted.trackingCode)}>
            <Button type="primary">{t('penalty.report.trackNow')}</Button>
          </Link>
        }
      />
    );
  }

  const onFinish = ({ files, ...report }: Values) => {
    setDetail(null);
    const trimmed = Object.fromEntries(
      Object.entries(report).map(([k, v]) => [k, typeof v === 'string' ? v.trim() || undefined : v]),
    ) as NewReport;
    submit.mutate(
      { report: trimmed, files: filesOf(files), signedIn },
      { onSuccess: setSubmitted, onError: (error) => setDetail(problemText(form, error, t)) },
    );
  };

  return (
    <Card title={t('penalty.report.title')}>
      <Typography.Paragraph>{t('penalty.report.intro')}</Typography.Paragraph>
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        disabled={submit.isPending}
        aria-label={t('penalty.report.title')}
      >
        <Form.Item
          name="officeId"
          label={t('penalty.report.office')}
          rules={[{ required: true, message: t('penalty.report.required', { field: t('penalty.report.office') }) }]}
        >
          <Select
            showSearch
            optionFilterProp="label"
            loading={offices.isPending}
            options={(offices.data ?? []).map((o) => ({
              value: o.id,
              label: i18n.language === 'en' ? o.nameEn : o.nameZh,
            }))}
          />
        </Form.Item>
        <Form.Item
          name="subjectName"
          label={t('penalty.report.subjectName')}
          rules={[required(t('penalty.report.subjectName'))]}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="subjectAddress" label={t('penalty.report.subjectAddress')}>
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item name="product" label={t('penalty.report.product')} rules={[required(t('penalty.report.product'))]}>
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item name="markedPatentNumber" label={t('penalty.report.markedPatentNumber')}>
          <Input maxLength={64} />
        </Form.Item>
        <Form.Item name="whereSeen" label={t('penalty.report.whereSeen')}>
          <Input maxLength={500} />
        </Form.Item>
        <Form.Item
          name="description"
          label={t('penalty.report.description')}
          rules={[required(t('penalty.report.description'))]}
        >
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} maxLength={5000} />
        </Form.Item>
        <Form.Item
          name="files"
          label={t('penalty.report.files')}
          extra={t('upload.hint')}
          rules={[totalSizeRule(t('upload.tooLargeInAll'))]}
        >
          <EvidenceUpload />
        </Form.Item>
        <Typography.Title level={5}>{t('penalty.report.reporter')}</Typography.Title>
        <Typography.Paragraph type="secondary">{t('penalty.report.anonymousHint')}</Typography.Paragraph>
        <Form.Item name="reporterName" label={t('penalty.report.reporterName')}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="reporterContact" label={t('penalty.report.reporterContact')}>
          <Input maxLength={100} />
        </Form.Item>
        {detail && <Alert type="error" showIcon role="alert" title={detail} style={{ marginBottom: 16 }} />}
        <Button type="primary" htmlType="submit" loading={submit.isPending}>
          {t('penalty.report.submit')}
        </Button>
      </Form>
    </Card>
  );
}
