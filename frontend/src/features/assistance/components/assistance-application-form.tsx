import { Checkbox, Form, Input, Select, Switch, type UploadFile } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FiledCase } from '@/shared/api/file-request';
import { ApplicationForm } from '@/shared/forms/application-form';
import { FilesField } from '@/shared/forms/files-field';
import { toParty, type PartyValues } from '@/shared/forms/party-fields';
import { toPatent, type PatentValues } from '@/shared/forms/patent-fields';
import { RequestSections } from '@/shared/forms/request-sections';
import { filesOf } from '@/shared/ui/evidence-upload';
import { FormSection } from '@/shared/ui/form-section';
import { useApplyForAssistance, type AssistanceApplication } from '../api/apply-for-assistance';
import { FIELDS, HELP_KINDS } from '../types';

// the shared party fields are named as in a dispute: requester (the applicant), respondent (the other side)
export type ApplicationValues = {
  officeId?: string;
  requester: PartyValues;
  respondent: PartyValues;
  patent: PatentValues;
  smallOrMicroFirm?: boolean;
  field?: AssistanceApplication['field'];
  matter?: string;
  helpWanted?: AssistanceApplication['helpWanted'];
  files: UploadFile[];
};

/** Turns the form's values into the application the server takes, with its files. */
export function toApplication(values: ApplicationValues): { application: AssistanceApplication; files: File[] } {
  return {
    application: {
      officeId: values.officeId ?? '',
      applicant: toParty(values.requester),
      otherSide: toParty(values.respondent),
      patent: toPatent(values.patent),
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

/** A person's or an organisation's application for rights-protection assistance (rules.md §5). */
export function AssistanceApplicationForm({ onFiled }: { onFiled: (filed: FiledCase) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<ApplicationValues>();
  const apply = useApplyForAssistance();
  return (
    <ApplicationForm<ApplicationValues>
      form={form}
      title={t('assistance.apply.title')}
      intro={t('assistance.apply.intro')}
      submitLabel={t('assistance.apply.submit')}
      initialValues={{
        requester: { kind: 'ORGANISATION' },
        respondent: { kind: 'ORGANISATION', domicileInChina: true },
        patent: {},
        smallOrMicroFirm: false,
        helpWanted: [],
        files: [],
      }}
      onSubmit={async (values) => onFiled(await apply.mutateAsync(toApplication(values)))}
      fieldOf={formField}
    >
      <RequestSections
        titles={{
          office: t('assistance.apply.office'),
          requester: t('assistance.apply.applicant'),
          respondent: t('assistance.apply.otherSide'),
          patent: t('assistance.apply.patent'),
        }}
        officeLabel={t('assistance.apply.office')}
        requesterExtra={
          <Form.Item name="smallOrMicroFirm" label={t('assistance.apply.smallOrMicroFirm')} valuePropName="checked">
            <Switch />
          </Form.Item>
        }
      />
      <FormSection title={t('assistance.apply.matter')}>
        <Form.Item
          name="field"
          label={t('assistance.apply.field')}
          rules={[{ required: true, message: t('form.required') }]}
        >
          <Select options={FIELDS.map((f) => ({ value: f, label: t(`assistance.field.${f}`) }))} />
        </Form.Item>
        <Form.Item
          name="matter"
          label={t('assistance.apply.matter')}
          rules={[{ required: true, whitespace: true, message: t('form.required') }]}
        >
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
        <FilesField name="files" label={t('assistance.apply.files')} />
      </FormSection>
    </ApplicationForm>
  );
}
