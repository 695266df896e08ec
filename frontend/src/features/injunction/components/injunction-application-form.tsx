import { Alert, Button, Col, Flex, Form, Input, Row, Select, Typography, type UploadFile } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/shared/api/problem';
import { showProblemOnForm } from '@/shared/forms/show-problem';
import { EvidenceUpload, filesOf, totalSizeRule } from '@/shared/ui/evidence-upload';
import { FormSection } from '@/shared/ui/form-section';
import { checkPatentNumber } from '@/shared/validation/patent-number';
import { useApplyForInjunction, type FiledCase, type InjunctionApplication } from '../api/apply-for-injunction';

const URGENCIES = ['TRADE_FAIR', 'ONLINE_CAMPAIGN', 'OTHER'] as const;

type PartyValues = {
  kind: 'PERSON' | 'ORGANISATION';
  name?: string;
  idNumber?: string;
  address?: string;
  contact?: string;
  domicileInChina?: boolean;
};

export type ApplicationValues = {
  officeId?: string;
  requester: PartyValues;
  respondent: PartyValues;
  patent: { number?: string; type?: InjunctionApplication['patent']['type']; title?: string };
  actsToStop?: string;
  facts?: string;
  urgency?: InjunctionApplication['urgency'];
  urgencyDetails?: string;
  platformName?: string;
  listingUrl?: string;
  adjudicationCaseId?: string;
  evidence: UploadFile[];
  evaluationReport: UploadFile[];
};

const optional = (value: string | undefined) => value?.trim() || undefined;

/** Turns the form's values into the application the server takes, with its files. */
export function toApplication(values: ApplicationValues): {
  application: InjunctionApplication;
  evidence: File[];
  evaluationReport?: File;
} {
  const party = (p: PartyValues) => ({
    kind: p.kind,
    name: p.name?.trim() ?? '',
    idNumber: optional(p.idNumber)?.toUpperCase(),
    address: p.address?.trim() ?? '',
    contact: optional(p.contact),
    domicileInChina: p.domicileInChina ?? true,
  });
  const number = checkPatentNumber(values.patent.number?.trim() ?? '');
  return {
    application: {
      officeId: values.officeId ?? '',
      requester: party(values.requester),
      respondent: party(values.respondent),
      patent: {
        number: number.valid ? number.number : (values.patent.number?.trim() ?? ''),
        type: values.patent.type!,
        title: values.patent.title?.trim() ?? '',
      },
      actsToStop: values.actsToStop?.trim() ?? '',
      facts: values.facts?.trim() ?? '',
      urgency: values.urgency!,
      urgencyDetails: optional(values.urgencyDetails),
      platformName: optional(values.platformName),
      listingUrl: optional(values.listingUrl),
      adjudicationCaseId: optional(values.adjudicationCaseId),
    },
    evidence: filesOf(values.evidence),
    evaluationReport: filesOf(values.evaluationReport)[0],
  };
}

type Props = {
  onFiled: (filed: FiledCase) => void;
  /** The offices to apply to, as the app knows them. */
  offices: { value: string; label: string }[];
  /** The party fields the filing of a dispute uses, composed in by the app. */
  partyFields: (prefix: 'requester' | 'respondent', identityRequired: boolean) => ReactNode;
};

/** The rights holder's application for a preliminary injunction (rules.md §4). */
export function InjunctionApplicationForm({ onFiled, offices, partyFields }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<ApplicationValues>();
  const apply = useApplyForInjunction();
  const [failure, setFailure] = useState<string | null>(null);
  const required = { required: true, whitespace: true, message: t('form.required') };

  const onValuesChange = (changed: Partial<ApplicationValues>) => {
    const number = changed.patent?.number;
    if (number === undefined) return;
    const check = checkPatentNumber(number);
    if (check.valid) form.setFieldValue(['patent', 'type'], check.type);
  };

  const onFinish = (values: ApplicationValues) => {
    setFailure(null);
    apply.mutate(toApplication(values), {
      onSuccess: onFiled,
      onError: (error) => {
        if (!isApiError(error)) return setFailure(String(error));
        const unmatched = showProblemOnForm(form, error.problem);
        setFailure([error.problem.detail, ...unmatched.map((e) => `${e.field}: ${e.message}`)].join(' '));
      },
    });
  };

  return (
    <Form<ApplicationValues>
      form={form}
      layout="vertical"
      aria-label={t('injunction.apply.title')}
      initialValues={{
        requester: { kind: 'PERSON' },
        respondent: { kind: 'ORGANISATION', domicileInChina: true },
        patent: {},
        evidence: [],
        evaluationReport: [],
      }}
      onValuesChange={onValuesChange}
      onFinish={onFinish}
      disabled={apply.isPending}
      scrollToFirstError={{ block: 'center' }}
    >
      <Flex vertical gap="middle">
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          {t('injunction.apply.intro')}
        </Typography.Paragraph>
        <FormSection title={t('injunction.apply.office')}>
          <Form.Item name="officeId" label={t('injunction.apply.office')} rules={[required]}>
            <Select options={offices} />
          </Form.Item>
        </FormSection>
        <FormSection title={t('injunction.apply.requester')}>{partyFields('requester', true)}</FormSection>
        <FormSection title={t('injunction.apply.respondent')}>{partyFields('respondent', false)}</FormSection>
        <FormSection title={t('injunction.apply.patent')}>
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item name={['patent', 'number']} label={t('injunction.apply.patentNumber')} rules={[required]}>
                <Input autoComplete="off" maxLength={24} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name={['patent', 'type']} label={t('injunction.apply.patentType')} rules={[required]}>
                <Select
                  options={(['INVENTION', 'UTILITY_MODEL', 'DESIGN'] as const).map((type) => ({
                    value: type,
                    label: t(`patentType.${type}`),
                  }))}
                />
              </Form.Item>
            </Col>
            <Col xs={24}>
              <Form.Item name={['patent', 'title']} label={t('injunction.apply.patentTitle')} rules={[required]}>
                <Input maxLength={200} />
              </Form.Item>
            </Col>
          </Row>
        </FormSection>
        <FormSection title={t('injunction.apply.request')}>
          <Form.Item name="actsToStop" label={t('injunction.apply.actsToStop')} rules={[required]}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={5000} />
          </Form.Item>
          <Form.Item name="facts" label={t('injunction.apply.facts')} rules={[required]}>
            <Input.TextArea autoSize={{ minRows: 4, maxRows: 12 }} maxLength={20000} />
          </Form.Item>
          <Form.Item
            name="urgency"
            label={t('injunction.apply.urgency')}
            rules={[{ required: true, message: t('form.required') }]}
          >
            <Select options={URGENCIES.map((u) => ({ value: u, label: t(`injunction.urgency.${u}`) }))} />
          </Form.Item>
          <Form.Item name="urgencyDetails" label={t('injunction.apply.urgencyDetails')}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
          </Form.Item>
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item name="platformName" label={t('injunction.apply.platformName')}>
                <Input maxLength={200} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="listingUrl" label={t('injunction.apply.listingUrl')}>
                <Input maxLength={500} />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item name="adjudicationCaseId" label={t('injunction.apply.adjudicationCaseId')}>
            <Input maxLength={36} />
          </Form.Item>
        </FormSection>
        <FormSection title={t('injunction.apply.evidence')}>
          <Form.Item
            name="evidence"
            label={t('injunction.apply.evidence')}
            extra={t('upload.hint')}
            rules={[totalSizeRule(t('upload.tooLargeInAll'))]}
          >
            <EvidenceUpload />
          </Form.Item>
          <Form.Item name="evaluationReport" label={t('injunction.apply.evaluationReport')}>
            <EvidenceUpload />
          </Form.Item>
        </FormSection>
        {failure && <Alert type="error" showIcon role="alert" title={failure} />}
        <Button type="primary" htmlType="submit" loading={apply.isPending} style={{ alignSelf: 'flex-start' }}>
          {t('injunction.apply.submit')}
        </Button>
      </Flex>
    </Form>
  );
}
