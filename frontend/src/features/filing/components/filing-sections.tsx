import { Col, Form, Input, Row, Select, type FormRule } from 'antd';
import { useTranslation } from 'react-i18next';
import { PatentTypeSelect } from '@/shared/forms/patent-type-select';
import { checkPatentNumber } from '@/shared/validation/patent-number';
import { useOfficeOptions } from '../api/get-offices';

function useRequired() {
  const { t } = useTranslation();
  return (field: string) => ({ required: true, whitespace: true, message: t('filing.validation.required', { field }) });
}

/** 受理部门: where the infringement happened or the respondent is domiciled (Order 81 art. 6). */
export function OfficeField() {
  const { t } = useTranslation();
  const offices = useOfficeOptions();
  return (
    <Form.Item
      name="officeId"
      label={t('filing.officeId')}
      extra={t('filing.officeHint')}
      rules={[{ required: true, message: t('filing.validation.requiredSelect', { field: t('filing.officeId') }) }]}
    >
      <Select loading={offices.loading} showSearch={{ optionFilterProp: 'label' }} options={offices.options} />
    </Form.Item>
  );
}

/** The patent: its number (checked as typed, its fifth digit gives the type), type and title. */
export function PatentFields() {
  const { t } = useTranslation();
  const required = useRequired();
  const patentNumberRule: FormRule = {
    validator: (_, value: string | undefined) => {
      if (!value?.trim()) return Promise.resolve();
      const check = checkPatentNumber(value);
      if (check.valid) return Promise.resolve();
      const key = { format: 'patentFormat', type: 'patentType', checkDigit: 'patentCheckDigit' }[check.reason];
      return Promise.reject(new Error(t(`filing.validation.${key}`)));
    },
  };
  const patentTypeRule: FormRule = ({ getFieldValue }) => ({
    validator: (_, type: string | undefined) => {
      const check = checkPatentNumber(getFieldValue(['patent', 'number']) ?? '');
      if (!type || !check.valid || check.type === type) return Promise.resolve();
      return Promise.reject(
        new Error(t('filing.validation.patentTypeMismatch', { type: t(`patentType.${check.type}`) })),
      );
    },
  });
  return (
    <Row gutter={16}>
      <Col xs={24} md={12}>
        <Form.Item
          name={['patent', 'number']}
          label={t('filing.patentNumber')}
          extra={t('filing.patentNumberHint')}
          validateDebounce={300}
          rules={[required(t('filing.patentNumber')), patentNumberRule]}
        >
          <Input autoComplete="off" maxLength={24} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item
          name={['patent', 'type']}
          label={t('filing.patentType')}
          dependencies={[['patent', 'number']]}
          rules={[
            { required: true, message: t('filing.validation.requiredSelect', { field: t('filing.patentType') }) },
            patentTypeRule,
          ]}
        >
          <PatentTypeSelect />
        </Form.Item>
      </Col>
      <Col xs={24}>
        <Form.Item
          name={['patent', 'title']}
          label={t('filing.patentTitle')}
          rules={[required(t('filing.patentTitle'))]}
        >
          <Input maxLength={200} />
        </Form.Item>
      </Col>
    </Row>
  );
}

/** What is asked: the claims relied on (Order 81 art. 36), the facts and reasons, the measures. */
export function RequestFields() {
  const { t } = useTranslation();
  const required = useRequired();
  const claimsRule: FormRule = {
    validator: (_, claims: string[] | undefined) => {
      if (!claims?.length) return Promise.reject(new Error(t('filing.validation.claimsRequired')));
      return claims.every((claim) => /^[1-9]\d{0,3}$/.test(String(claim).trim()))
        ? Promise.resolve()
        : Promise.reject(new Error(t('filing.validation.claims')));
    },
  };
  return (
    <>
      <Form.Item name="claims" label={t('filing.claims')} extra={t('filing.claimsHint')} rules={[claimsRule]} required>
        <Select mode="tags" open={false} suffixIcon={null} tokenSeparators={[',', '，', '、', ' ']} />
      </Form.Item>
      <Form.Item
        name="factsAndReasons"
        label={t('filing.factsAndReasons')}
        rules={[required(t('filing.factsAndReasons'))]}
      >
        <Input.TextArea autoSize={{ minRows: 4, maxRows: 12 }} maxLength={10000} showCount />
      </Form.Item>
      <Form.Item
        name="requestedMeasures"
        label={t('filing.requestedMeasures')}
        rules={[required(t('filing.requestedMeasures'))]}
      >
        <Input.TextArea
          autoSize={{ minRows: 2, maxRows: 8 }}
          maxLength={2000}
          placeholder={t('filing.requestedMeasuresPlaceholder')}
        />
      </Form.Item>
    </>
  );
}
