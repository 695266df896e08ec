import { Alert, Button, Flex, Form, Input, Modal, Rate, Table, Tag, Typography, type UploadFile } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isApiError } from '@/shared/api/problem';
import { showProblemOnForm } from '@/shared/forms/show-problem';
import { formatDateTime } from '@/shared/lib/format';
import { EvidenceUpload, filesOf } from '@/shared/ui/evidence-upload';
import { useAppeal, useFeedback, useMyAssistanceRequests, useSupplement } from '../api/assistance-api';
import type { AssistanceRequest } from '../types';

/** What the request awaits from its applicant: SUPPLEMENT, APPEAL or FEEDBACK. */
type Step = { kind: AssistanceRequest['awaits'][number]; request: AssistanceRequest };

/** The applicant's own requests, with where each stands and what it awaits from them. */
export function MyAssistanceRequests({ caseLink }: { caseLink: (id: string) => string }) {
  const { t } = useTranslation();
  const requests = useMyAssistanceRequests();
  const [step, setStep] = useState<Step | null>(null);
  return (
    <>
      <Table<AssistanceRequest>
        rowKey="caseId"
        loading={requests.isLoading}
        dataSource={requests.data ?? []}
        pagination={false}
        locale={{ emptyText: t('assistance.mine.empty') }}
        columns={[
          {
            title: t('assistance.mine.number'),
            dataIndex: 'caseNumber',
            render: (number: string, r) => <Link to={caseLink(r.caseId)}>{number}</Link>,
          },
          { title: t('assistance.mine.filedAt'), dataIndex: 'filedAt', render: (v: string) => formatDateTime(v) },
          {
            title: t('assistance.mine.stage'),
            dataIndex: 'stage',
            render: (stage: string, r) => (
              <Flex vertical gap={4}>
                <Tag color="processing">{t(`stage.${stage}`, { defaultValue: stage })}</Tag>
                {r.reviewReasons && (
                  <Typography.Text type="secondary">
                    {t('assistance.mine.refusedBecause', { reasons: r.reviewReasons })}
                  </Typography.Text>
                )}
              </Flex>
            ),
          },
          { title: t('assistance.mine.assignedTo'), dataIndex: 'assignedTo', render: (v?: string | null) => v ?? '—' },
          {
            title: t('assistance.mine.linked'),
            dataIndex: 'linkedCaseNumber',
            render: (v?: string | null) => v ?? '—',
          },
          {
            title: t('assistance.mine.rating'),
            dataIndex: 'rating',
            render: (v?: number | null) => (v ? <Rate disabled value={v} /> : '—'),
          },
          {
            key: 'steps',
            render: (_, r) => (
              <Flex gap="small" wrap>
                {r.awaits.map((kind) => (
                  <Button key={kind} type="primary" size="small" onClick={() => setStep({ kind, request: r })}>
                    {t(
                      kind === 'APPEAL'
                        ? 'assistance.mine.appeal'
                        : kind === 'FEEDBACK'
                          ? 'assistance.mine.feedback'
                          : 'assistance.mine.supplement',
                    )}
                  </Button>
                ))}
              </Flex>
            ),
          },
        ]}
      />
      {step && <StepModal step={step} onClose={() => setStep(null)} />}
    </>
  );
}

type StepValues = { grounds?: string; rating?: number; comment?: string; files?: UploadFile[] };

function StepModal({ step, onClose }: { step: Step; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<StepValues>();
  const appeal = useAppeal();
  const feedback = useFeedback();
  const supplement = useSupplement();
  const [failure, setFailure] = useState<string | null>(null);
  const caseId = step.request.caseId;
  const title = t(
    step.kind === 'APPEAL'
      ? 'assistance.mine.appeal'
      : step.kind === 'FEEDBACK'
        ? 'assistance.mine.feedback'
        : 'assistance.mine.supplement',
  );

  const onFinish = (values: StepValues) => {
    setFailure(null);
    const sent =
      step.kind === 'APPEAL'
        ? appeal.mutateAsync({ caseId, body: { grounds: values.grounds?.trim() ?? '' } })
        : step.kind === 'FEEDBACK'
          ? feedback.mutateAsync({ caseId, body: { rating: values.rating ?? 0, comment: values.comment?.trim() } })
          : supplement.mutateAsync({ caseId, files: filesOf(values.files ?? []) });
    sent.then(onClose, (error: unknown) => {
      if (!isApiError(error)) return setFailure(String(error));
      const unmatched = showProblemOnForm(form, error.problem);
      setFailure([error.problem.detail, ...unmatched.map((e) => e.message)].join(' '));
    });
  };

  return (
    <Modal open title={title} onCancel={onClose} footer={null} destroyOnHidden>
      <Form<StepValues> form={form} layout="vertical" aria-label={title} onFinish={onFinish}>
        {step.kind === 'APPEAL' && (
          <Form.Item
            name="grounds"
            label={t('assistance.mine.appealGrounds')}
            rules={[{ required: true, whitespace: true, message: t('form.required') }]}
          >
            <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={5000} />
          </Form.Item>
        )}
        {step.kind === 'FEEDBACK' && (
          <>
            <Form.Item
              name="rating"
              label={t('assistance.mine.feedbackRating')}
              rules={[{ required: true, message: t('form.required') }]}
            >
              <Rate />
            </Form.Item>
            <Form.Item name="comment" label={t('assistance.mine.feedbackComment')}>
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
            </Form.Item>
          </>
        )}
        {step.kind === 'SUPPLEMENT' && (
          <Form.Item
            name="files"
            label={t('assistance.apply.files')}
            rules={[{ required: true, type: 'array', min: 1, message: t('form.required') }]}
          >
            <EvidenceUpload />
          </Form.Item>
        )}
        {failure && <Alert type="error" showIcon role="alert" title={failure} style={{ marginBottom: 16 }} />}
        <Button type="primary" htmlType="submit">
          {step.kind === 'APPEAL'
            ? t('assistance.mine.appealSubmit')
            : step.kind === 'FEEDBACK'
              ? t('assistance.mine.feedbackSubmit')
              : t('assistance.apply.submit')}
        </Button>
      </Form>
    </Modal>
  );
}
