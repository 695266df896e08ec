import {
  Alert,
  Button,
  Checkbox,
  Col,
  Flex,
  Form,
  Input,
  Row,
  Select,
  Switch,
  Typography,
  type UploadFile,
} from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/shared/api/problem';
import { showProblemOnForm } from '@/shared/forms/show-problem';
import { EvidenceUpload, filesOf, totalSizeRule } from '@/shared/ui/evidence-upload';
import { FormSection } from '@/shared/ui/form-section';
import { checkPatentNumber } from '@/shared/validation/patent-number';
import { useApplyForAssistance, type AssistanceApplication, type FiledCase } from '../api/apply-for-assistance';
import { FIELDS, HELP_KINDS } from '../types';

type PartyValues = {
  kind: 'PERSON' | 'ORGANISATION';
  name?: string;
  idNumber?: string;
  address?: string;
  contact?: string;
  domicileInChina?: boolean;
};

// the shared party fields are named as in a dispute: requester (the applicant), respondent (the other side)
export type ApplicationValues = {
  officeId?: string;
  requester: PartyValues;
  respondent: PartyValues;
  patent: { number?: string; type?: AssistanceApplication['patent']['type']; title?: string };
  smallOrMicroFirm?: boolean;
  field?: AssistanceApplication['field'];
  matter?: string;
  helpWanted?: AssistanceApplication['helpWanted'];
  files: UploadFile[];
};

const optional = (value: string | undefined) => value?.trim() || undefined;

/** Turns the form's values into the application the server takes, with its files. */
export function toApplication(values: ApplicationValues): { application: AssistanceApplication; files: File[] } {
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
      applicant: party(values.requester),
      otherSide: party(values.respondent),
      patent: {
        number: number.valid ? number.number : (values.patent.number?.trim() ?? ''),
        type: values.patent.type!,
        title: values.patent.title?.trim() ?? '',
      },
      smallOrMicroFirm: values.smallOrMicroFirm ?? false,
      field: values.field!,
      matter: values.matter?.trim() ?? '',
      helpWanted: values.helpWanted ?? [],
    },
    files: filesOf(values.files),
  };
}

/** The server names the parties applicant and other side; the form's fields are requester and respondent. */
const formField = (field: string) => field.replace(/^applicant/, 'requester').replace(/^otherSide/, 'respondent');

type Props = {
  onFiled: (filed: FiledCase) => void;
  offices: { value: string; label: string }[];
  /** The party fields the filing of a dispute uses, composed in by the app. */
  partyFields: (prefix: 'requester' | 'respondent', identityRequired: boolean) => ReactNode;
};

/** A person's or an organisation's application for rights-protection assistance (rules.md §5). */
export function AssistanceApplicationForm({ onFiled, offices, partyFields }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<ApplicationValues>();
  const apply = useApplyForAssistance();
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
        const problem = {
          ...error.problem,
          errors: error.problem.errors?.map((e) => ({ ...e, field: formField(e.field) })),
        };
        const unmatched = showProblemOnForm(form, problem);
        setFailure([problem.detail, ...unmatched.map((e) => `${e.field}: ${e.message}`)].join(' '));
      },
    });
  };

  return (
    <Form<ApplicationValues>
      form={form}
      layout="vertical"
      aria-label={t('assistance.apply.title')}
      initialValues={{
        requester: { kind: 'ORGANISATION' },
        respondent: { kind: 'ORGANISATION', domicileInChina: true },
        patent: {},
        smallOrMicroFirm: false,
        helpWanted: [],
        files: [],
      }}
      onValuesChange={onValuesChange}
      onFinish={onFinish}
      disabled={apply.isPending}
      scrollToFirstError={{ block: 'center' }}
    >
      <Flex vertical gap="middle">
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          {t('assistance.apply.intro')}
        </Typography.Paragraph>
        <FormSection title={t('assistance.apply.office')}>
          <Form.Item name="officeId" label={t('assistance.apply.office')} rules={[required]}>
            <Select options={offices} />
          </Form.Item>
        </FormSection>
        <FormSection title={t('assistance.apply.applicant')}>
          {partyFields('requester', true)}
          <Form.Item name="smallOrMicroFirm" label={t('assistance.apply.smallOrMicroFirm')} valuePropName="checked">
            <Switch />
          </Form.Item>
        </FormSection>
        <FormSection title={t('assistance.apply.otherSide')}>{partyFields('respondent', false)}</FormSection>
        <FormSection title={t('assistance.apply.patent')}>
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
        <FormSection title={t('assistance.apply.matter')}>
          <Form.Item
            name="field"
            label={t('assistance.apply.field')}
            rules={[{ required: true, message: t('form.required') }]}
          >
            <Select options={FIELDS.map((f) => ({ value: f, label: t(`assistance.field.${f}`) }))} />
          </Form.Item>
          <Form.Item name="matter" label={t('assistance.apply.matter')} rules={[required]}>
            <Input.TextArea autoSize={{ minRows: 4, maxRows: 12 }} maxLength={20000} />
          </Form.Item>
          <Form.Item
            name="helpWanted"
            label={t('assistance.apply.helpWanted')}
            rules={[{ required: true, type: 'array', min: 1, message: t('form.required') }]}
          >
            <Checkbox.Group options={HELP_KINDS.map((k) => ({ value: k, label: t(`assistance.help.${k}`) }))} />
          </Form.Item>
        </FormSection>
        <FormSection title={t('assistance.apply.files')}>
          <Form.Item
            name="files"
            label={t('assistance.apply.files')}
            extra={t('upload.hint')}
            rules={[totalSizeRule(t('upload.tooLargeInAll'))]}
          >
            <EvidenceUpload />
          </Form.Item>
        </FormSection>
        {failure && <Alert type="error" showIcon role="alert" title={failure} />}
        <Button type="primary" htmlType="submit" loading={apply.isPending} style={{ alignSelf: 'flex-start' }}>
          {t('assistance.apply.submit')}
        </Button>
      </Flex>
    </Form>
  );
}
