import { Form, Input, Select, type UploadFile } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FiledCase } from '@/shared/api/file-request';
import { ApplicationForm } from '@/shared/forms/application-form';
import { FilesField } from '@/shared/forms/files-field';
import { toParty, type PartyValues } from '@/shared/forms/party-fields';
import { toPatent, type PatentValues } from '@/shared/forms/patent-fields';
import { RequestSections } from '@/shared/forms/request-sections';
import { filesOf } from '@/shared/ui/evidence-upload';
import { FormSection } from '@/shared/ui/form-section';
import { fileMediation } from '../api/mediation';

const SUBJECTS = [
  'DAMAGES',
  'OWNERSHIP',
  'INVENTOR_STATUS',
  'EMPLOYEE_REWARD',
  'PROVISIONAL_USE_FEE',
  'OTHER',
] as const;

type RequestValues = {
  officeId?: string;
  requester: PartyValues;
  respondent: PartyValues;
  patent: PatentValues;
  subject?: (typeof SUBJECTS)[number];
  request?: string;
  files: UploadFile[];
};

/**
 * A mediation of its own (Order 81 art. 63–64): the parties, the patent, what to mediate and why.
 * An infringement dispute itself is filed for adjudication and mediated inside that case.
 */
export function MediationRequestForm({ onFiled }: { onFiled: (filed: FiledCase) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<RequestValues>();
  const s = (key: string) => t(`mediation.standalone.${key}`);
  return (
    <ApplicationForm<RequestValues>
      form={form}
      title={s('title')}
      intro={s('intro')}
      submitLabel={s('submit')}
      initialValues={{
        requester: { kind: 'PERSON' },
        respondent: { kind: 'ORGANISATION', domicileInChina: true },
        patent: {},
        files: [],
      }}
      onSubmit={async (values) =>
        onFiled(
          await fileMediation(
            {
              officeId: values.officeId ?? '',
              requester: toParty(values.requester),
              respondent: toParty(values.respondent),
              patent: toPatent(values.patent),
              subject: values.subject!,
              request: values.request?.trim() ?? '',
            },
            filesOf(values.files),
          ),
        )
      }
    >
      <RequestSections
        titles={{
          office: t('filing.sections.office'),
          requester: t('filing.sections.requester'),
          respondent: t('filing.sections.respondent'),
          patent: t('filing.sections.patent'),
        }}
      />
      <FormSection title={t('mediation.subject')}>
        <Form.Item
          name="subject"
          label={t('mediation.subject')}
          rules={[{ required: true, message: t('form.required') }]}
        >
          <Select options={SUBJECTS.map((value) => ({ value, label: t(`mediation.subjects.${value}`) }))} />
        </Form.Item>
        <Form.Item
          name="request"
          label={t('mediation.request')}
          rules={[{ required: true, whitespace: true, message: t('form.required') }]}
        >
          <Input.TextArea autoSize={{ minRows: 4, maxRows: 12 }} maxLength={20000} />
        </Form.Item>
        <FilesField name="files" label={s('files')} />
      </FormSection>
    </ApplicationForm>
  );
}
