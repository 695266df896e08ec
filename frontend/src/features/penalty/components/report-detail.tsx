import { Alert, App, Button, Card, Descriptions, Flex, Form, Input, List } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatBytes, formatDateTime } from '@/shared/lib/format';
import { PageSpinner } from '@/shared/ui/page-spinner';
import { QueryError } from '@/shared/ui/query-error';
import { reportFileUrl, useDismissReport, useReport } from '../api/reports';
import { problemText } from '../lib/submit';
import { RegisterCaseForm } from './register-case-form';

type Props = { reportId: string; onRegistered: (caseId: string) => void; onDismissed: () => void };

/** A report as the office sees it, with the two ways out: register it for filing, or not file it. */
export function ReportDetail({ reportId, onRegistered, onDismissed }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const report = useReport(reportId);
  const dismiss = useDismissReport();
  const [form] = Form.useForm<{ reasons: string }>();
  const [detail, setDetail] = useState<string | null>(null);
  if (report.isPending) return <PageSpinner />;
  if (report.isError) return <QueryError error={report.error} onRetry={() => void report.refetch()} />;
  const r = report.data;
  const open = r.status === 'RECEIVED';
  return (
    <Flex vertical gap="middle">
      <Card title={t('penalty.reportDetail.title', { code: r.trackingCode })}>
        <Descriptions
          bordered
          size="small"
          column={{ xs: 1, md: 2 }}
          items={[
            { key: 'receivedAt', label: t('penalty.leads.receivedOn'), children: formatDateTime(r.receivedAt) },
            { key: 'due', label: t('penalty.leads.dueOn'), children: r.decisionDueOn },
            {
              key: 'reporter',
              label: t('penalty.reportDetail.reporter'),
              children:
                [r.reporterName, r.reporterContact].filter(Boolean).join(' · ') ||
                (r.fromAccount ? t('penalty.reportDetail.fromAccount') : t('penalty.reportDetail.anonymous')),
            },
            { key: 'status', label: t('penalty.leads.status'), children: t(`penalty.leads.reportStatus.${r.status}`) },
            { key: 'subject', label: t('penalty.report.subjectName'), children: r.subjectName },
            { key: 'address', label: t('penalty.report.subjectAddress'), children: r.subjectAddress ?? '—' },
            { key: 'product', label: t('penalty.report.product'), children: r.product },
            { key: 'marked', label: t('penalty.report.markedPatentNumber'), children: r.markedPatentNumber ?? '—' },
            { key: 'where', label: t('penalty.report.whereSeen'), span: 'filled', children: r.whereSeen ?? '—' },
            { key: 'description', label: t('penalty.report.description'), span: 'filled', children: r.description },
            ...(r.reasons
              ? [
                  {
                    key: 'reasons',
                    label: t('penalty.reportDetail.dismissReasons'),
                    span: 'filled' as const,
                    children: r.reasons,
                  },
                ]
              : []),
          ]}
        />
        {r.files.length > 0 && (
          <List
            header={t('penalty.reportDetail.files')}
            size="small"
            dataSource={r.files}
            renderItem={(f) => (
              <List.Item key={f.id}>
                <a href={reportFileUrl(r.id, f.id)} download={f.fileName}>
                  {f.fileName}
                </a>{' '}
                · {formatBytes(f.sizeBytes)}
              </List.Item>
            )}
          />
        )}
      </Card>
      {open && (
        <>
          <RegisterCaseForm report={r} onRegistered={(filed) => onRegistered(filed.id)} />
          <Card title={t('penalty.reportDetail.dismiss')}>
            <Form
              form={form}
              layout="vertical"
              onFinish={({ reasons }) => {
                setDetail(null);
                dismiss.mutate(
                  { id: r.id, reasons: reasons.trim() },
                  {
                    onSuccess: () => {
                      void message.success(t('penalty.reportDetail.dismissed'));
                      onDismissed();
                    },
                    onError: (error) => setDetail(problemText(form, error, t)),
                  },
                );
              }}
            >
              <Form.Item
                name="reasons"
                label={t('penalty.reportDetail.dismissReasons')}
                rules={[{ required: true, whitespace: true }]}
              >
                <Input.TextArea maxLength={2000} />
              </Form.Item>
              {detail && <Alert type="error" showIcon role="alert" title={detail} style={{ marginBottom: 16 }} />}
              <Button danger htmlType="submit" loading={dismiss.isPending}>
                {t('penalty.reportDetail.dismiss')}
              </Button>
            </Form>
          </Card>
        </>
      )}
    </Flex>
  );
}
