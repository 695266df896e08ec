import { Col, Form, Input, Row, Select, type UploadFile } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FiledCase } from '@/shared/api/file-request';
import { ApplicationForm } from '@/shared/forms/application-form';
import { FilesField } from '@/shared/forms/files-field';
import { toParty, type PartyValues } from '@/shared/forms/party-fields';
import { toPatent, type PatentValues } from '@/shared/forms/patent-fields';
import { RequestSections } from '@/shared/forms/request-sections';
import { EvidenceUpload, filesOf } from '@/shared/ui/evidence-upload';
import { FormSection } from '@/shared/ui/form-section';
import { useApplyForInjunction, type InjunctionApplication } from '../api/apply-for-injunction';

const URGENCIES = ['TRADE_FAIR', 'ONLINE_CAMPAIGN', 'OTHER'] as const;

export type ApplicationValues = {
  officeId?: string;
  requester: PartyValues;
  respondent: PartyValues;
  patent: PatentValues;
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
  return {
    application: {
      officeId: values.officeId ?? '',
      requester: toParty(values.requester),
      respondent: toParty(values.respondent),
      patent: toPatent(values.patent),
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

/** The rights holder's application for a preliminary injunction (rules.md §4). */
export function InjunctionApplicationForm({ onFiled }: { onFiled: (filed: FiledCase) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<ApplicationValues>();
  const apply = useApplyForInjunction();
  const required = { required: true, whitespace: true, message: t('form.required') };
  return (
    <ApplicationForm<ApplicationValues>
      form={form}
      title={t('injunction.apply.title')}
      intro={t('injunction.apply.intro')}
      submitLabel={t('injunction.apply.submit')}
      initialValues={{
        requester: { kind: 'PERSON' },
        respondent: { kind: 'ORGANISATION', domicileInChina: true },
        patent: {},
        evidence: [],
        evaluationReport: [],
      }}
      onSubmit={async (values) => onFiled(await apply.mutateAsync(toApplication(values)))}
    >
      <RequestSections
        titles={{
          office: t('injunction.apply.office'),
          requester: t('injunction.apply.requester'),
          respondent: t('injunction.apply.respondent'),
          patent: t('injunction.apply.patent'),
        }}
      />
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
        <FilesField name="evidence" label={t('injunction.apply.evidence')} />
        <Form.Item name="evaluationReport" label={t('injunction.apply.evaluationReport')}>
          <EvidenceUpload />
        </Form.Item>
      </FormSection>
    </ApplicationForm>
  );
}
