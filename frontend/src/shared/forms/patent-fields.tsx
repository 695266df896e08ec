import { Col, Form, Input, Row, type FormRule } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiSchema } from '@/shared/api/api-schema';
import { checkPatentNumber, type PatentType } from '@/shared/validation/patent-number';
import { PatentTypeSelect } from './patent-type-select';

/** The patent as the form holds it while a person types. */
export type PatentValues = { number?: string; type?: PatentType; title?: string };

/** The patent as a request to the server names it: the number as CNIPA writes it, when it is one. */
export type Patent = ApiSchema<'InfringementFiling.Patent'>;

export function toPatent(patent: PatentValues): Patent {
  const number = patent.number?.trim() ?? '';
  const check = checkPatentNumber(number);
  return { number: check.valid ? check.number : number, type: patent.type!, title: patent.title?.trim() ?? '' };
}

/**
 * The patent a request is about, under the form's `patent`: its number (checked as typed; its
 * fifth digit says the type, chosen for the person when they have not chosen one), type and title.
 */
export function PatentFields() {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  const number: string | undefined = Form.useWatch(['patent', 'number'], form);
  useEffect(() => {
    const check = checkPatentNumber(number ?? '');
    if (check.valid && !form.getFieldValue(['patent', 'type'])) form.setFieldValue(['patent', 'type'], check.type);
  }, [number, form]);
  const required = (field: string) => ({
    required: true,
    whitespace: true,
    message: t('filing.validation.required', { field }),
  });
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
