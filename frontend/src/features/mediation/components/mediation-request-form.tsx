import { Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { StepForm, type Field, type Values } from '@/shared/forms/step-form';
import { fileMediation, useOffices } from '../api/mediation';

const SUBJECTS = [
  'DAMAGES',
  'OWNERSHIP',
  'INVENTOR_STATUS',
  'EMPLOYEE_REWARD',
  'PROVISIONAL_USE_FEE',
  'OTHER',
] as const;

type Props = { onFiled: (filed: { id: string; caseNumber: string }) => void };

/**
 * A mediation of its own (Order 81 art. 63–64): the parties, the patent, what to mediate and why.
 * An infringement dispute itself is filed for adjudication and mediated inside that case.
 */
export function MediationRequestForm({ onFiled }: Props) {
  const { t, i18n } = useTranslation();
  const offices = useOffices();
  const s = (key: string) => t(`mediation.standalone.${key}`);
  const party = (prefix: 'requester' | 'respondent'): Field[] => [
    {
      name: `${prefix}Kind`,
      kind: 'radio',
      label: `${s(prefix)}：${s('kind')}`,
      required: true,
      options: [
        { value: 'PERSON', label: t('partyKind.PERSON') },
        { value: 'ORGANISATION', label: t('partyKind.ORGANISATION') },
      ],
    },
    { name: `${prefix}Name`, kind: 'text', label: `${s(prefix)}：${s('name')}`, required: true, max: 200 },
    {
      name: `${prefix}IdNumber`,
      kind: 'text',
      label: `${s(prefix)}：${s('idNumber')}`,
      required: prefix === 'requester',
      max: 32,
    },
    { name: `${prefix}Address`, kind: 'text', label: `${s(prefix)}：${s('address')}`, required: true, max: 300 },
    { name: `${prefix}Contact`, kind: 'text', label: `${s(prefix)}：${s('contact')}`, max: 100 },
  ];
  const toParty = (values: Values, prefix: string) => ({
    kind: values[`${prefix}Kind`],
    name: values[`${prefix}Name`],
    idNumber: values[`${prefix}IdNumber`],
    address: values[`${prefix}Address`],
    contact: values[`${prefix}Contact`],
  });

  return (
    <Card title={s('title')}>
      <Typography.Paragraph type="secondary">{s('intro')}</Typography.Paragraph>
      <StepForm
        ariaLabel={s('title')}
        submitLabel={s('submit')}
        initialValues={{ requesterKind: 'PERSON', respondentKind: 'ORGANISATION', patentType: 'UTILITY_MODEL' }}
        fields={[
          {
            name: 'officeId',
            kind: 'select',
            label: s('officeId'),
            required: true,
            options: (offices.data ?? []).map((o) => ({
              value: o.id,
              label: i18n.language === 'en' ? o.nameEn : o.nameZh,
            })),
          },
          ...party('requester'),
          ...party('respondent'),
          { name: 'patentNumber', kind: 'text', label: s('patentNumber'), required: true, max: 32 },
          {
            name: 'patentType',
            kind: 'radio',
            label: s('patentType'),
            required: true,
            options: ['INVENTION', 'UTILITY_MODEL', 'DESIGN'].map((value) => ({
              value,
              label: t(`patentType.${value}`),
            })),
          },
          { name: 'patentTitle', kind: 'text', label: s('patentTitle'), required: true, max: 300 },
          {
            name: 'subject',
            kind: 'select',
            label: t('mediation.subject'),
            required: true,
            options: SUBJECTS.map((value) => ({ value, label: t(`mediation.subjects.${value}`) })),
          },
          { name: 'request', kind: 'textarea', label: t('mediation.request'), required: true, max: 20000 },
          { name: 'files', kind: 'files', label: s('files') },
        ]}
        onSubmit={async (values) => {
          const filed = await fileMediation(
            {
              officeId: String(values.officeId),
              requester: toParty(values, 'requester'),
              respondent: toParty(values, 'respondent'),
              patent: { number: values.patentNumber, type: values.patentType, title: values.patentTitle },
              subject: String(values.subject),
              request: String(values.request),
            },
            (values.files as File[]) ?? [],
          );
          onFiled(filed);
        }}
        onDone={() => undefined}
      />
    </Card>
  );
}
