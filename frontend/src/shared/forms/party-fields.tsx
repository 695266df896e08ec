import { Checkbox, Col, Form, Input, Radio, Row, type FormRule } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ApiSchema } from '@/shared/api/api-schema';
import { isValidCreditCode } from '@/shared/validation/credit-code';
import { isValidResidentId } from '@/shared/validation/resident-id';

export type PartyKind = ApiSchema<'InfringementFiling.Party'>['kind'];

/** A party as the form holds it while a person types. */
export type PartyValues = {
  kind: PartyKind;
  name?: string;
  idNumber?: string;
  address?: string;
  contact?: string;
  domicileInChina?: boolean;
};

/** A party as a request to the server names it. */
export type Party = ApiSchema<'InfringementFiling.Party'>;

const optional = (value: string | undefined) => value?.trim() || undefined;

/** The party as typed, trimmed for the server; an identity number in capitals. */
export function toParty(party: PartyValues): Party {
  return {
    kind: party.kind,
    name: party.name?.trim() ?? '',
    idNumber: optional(party.idNumber)?.toUpperCase(),
    address: party.address?.trim() ?? '',
    contact: optional(party.contact),
    domicileInChina: party.domicileInChina ?? true,
  };
}

type Props = {
  prefix: 'requester' | 'respondent';
  /** The requester must identify themselves; the respondent's ID and contact may be unknown. */
  identityRequired: boolean;
};

/**
 * A party of a request (a dispute, an injunction, an assistance application): person or
 * organisation, name, identity number checked as typed, address and contact.
 */
export function PartyFields({ prefix, identityRequired }: Props) {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  const kind: PartyKind = Form.useWatch([prefix, 'kind'], form) ?? 'PERSON';
  const idLabel = t(kind === 'ORGANISATION' ? 'filing.idNumberOrganisation' : 'filing.idNumberPerson');
  const required = (field: string) => ({
    required: true,
    whitespace: true,
    message: t('filing.validation.required', { field }),
  });

  const idNumberRule: FormRule = ({ getFieldValue }) => ({
    validator: (_, value: string | undefined) => {
      const id = (value ?? '').trim();
      if (!id) return Promise.resolve(); // "required" speaks for an empty field
      const organisation = getFieldValue([prefix, 'kind']) === 'ORGANISATION';
      const valid = organisation ? isValidCreditCode(id) : isValidResidentId(id);
      return valid
        ? Promise.resolve()
        : Promise.reject(new Error(t(organisation ? 'filing.validation.creditCode' : 'filing.validation.residentId')));
    },
  });

  return (
    <Row gutter={16}>
      <Col xs={24}>
        <Form.Item name={[prefix, 'kind']} label={t('filing.kind')}>
          <Radio.Group
            options={[
              { value: 'PERSON', label: t('partyKind.PERSON') },
              { value: 'ORGANISATION', label: t('partyKind.ORGANISATION') },
            ]}
          />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name={[prefix, 'name']} label={t('filing.name')} rules={[required(t('filing.name'))]}>
          <Input autoComplete="off" maxLength={200} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item
          name={[prefix, 'idNumber']}
          label={idLabel}
          dependencies={[[prefix, 'kind']]}
          rules={[...(identityRequired ? [required(idLabel)] : []), idNumberRule]}
        >
          <Input autoComplete="off" maxLength={18} style={{ textTransform: 'uppercase' }} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name={[prefix, 'address']} label={t('filing.address')} rules={[required(t('filing.address'))]}>
          <Input maxLength={300} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item
          name={[prefix, 'contact']}
          label={t('filing.contact')}
          rules={identityRequired ? [required(t('filing.contact'))] : []}
        >
          <Input maxLength={100} />
        </Form.Item>
      </Col>
      {prefix === 'respondent' && (
        <Col xs={24}>
          <Form.Item name={[prefix, 'domicileInChina']} valuePropName="checked">
            <Checkbox>{t('filing.domicileInChina')}</Checkbox>
          </Form.Item>
        </Col>
      )}
    </Row>
  );
}
