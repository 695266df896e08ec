import { Alert, Button, Col, Flex, Form, Input, Row, Select, Typography, type FormRule } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/shared/api/problem';
import { showProblemOnForm } from '@/shared/forms/show-problem';
import { EvidenceUpload, totalSizeRule } from '@/shared/ui/evidence-upload';
import { FormSection } from '@/shared/ui/form-section';
import { checkPatentNumber } from '@/shared/validation/patent-number';
import { useFileInfringementDispute, type FiledCase } from '../api/file-infringement-dispute';
import { useOffices } from '../api/get-offices';
import { INITIAL_FILING_VALUES, toFiling, type FilingFormValues } from '../lib/filing-values';
import { PartyFields } from './party-fields';

type Props = {
  onFiled: (filed: FiledCase) => void;
  onCancel?: () => void;
};

type SubmitError = { detail?: string; messages: string[] };

export function FilingForm({ onFiled, onCancel }: Props) {
  const { t, i18n } = useTranslation();
  const [form] = Form.useForm<FilingFormValues>();
  const offices = useOffices();
  const filing = useFileInfringementDispute();
  const [submitError, setSubmitError] = useState<SubmitError | null>(null);
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

  const claimsRule: FormRule = {
    validator: (_, claims: string[] | undefined) => {
      if (!claims?.length) return Promise.reject(new Error(t('filing.validation.claimsRequired')));
      return claims.every((claim) => /^[1-9]\d{0,3}$/.test(String(claim).trim()))
        ? Promise.resolve()
        : Promise.reject(new Error(t('filing.validation.claims')));
    },
  };

  const onValuesChange = (changed: Partial<FilingFormValues>) => {
    // The fifth digit of the number already says the type; spare the person choosing it.
    const number = changed.patent?.number;
    if (number === undefined) return;
    const check = checkPatentNumber(number);
    if (check.valid && !form.getFieldValue(['patent', 'type'])) form.setFieldValue(['patent', 'type'], check.type);
  };

  const onFinish = (values: FilingFormValues) => {
    setSubmitError(null);
    filing.mutate(toFiling(values), {
      onSuccess: (filed) => onFiled(filed),
      onError: (error) => {
        if (!isApiError(error)) {
          setSubmitError({ detail: String(error), messages: [] });
          return;
        }
        const unmatched = showProblemOnForm(form, error.problem);
        setSubmitError({ detail: error.problem.detail, messages: unmatched.map((e) => `${e.field}: ${e.message}`) });
      },
    });
  };

  return (
    <Form<FilingFormValues>
      form={form}
      layout="vertical"
      initialValues={INITIAL_FILING_VALUES}
      onValuesChange={onValuesChange}
      onFinish={onFinish}
      scrollToFirstError={{ block: 'center' }}
      disabled={filing.isPending}
    >
      <Flex vertical gap="middle">
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          {t('filing.intro')}
        </Typography.Paragraph>

        <FormSection title={t('filing.sections.office')}>
          <Form.Item
            name="officeId"
            label={t('filing.officeId')}
            extra={t('filing.officeHint')}
            rules={[
              { required: true, message: t('filing.validation.requiredSelect', { field: t('filing.officeId') }) },
            ]}
          >
            <Select
              loading={offices.isPending}
              showSearch={{ optionFilterProp: 'label' }}
              options={offices.data?.map((office) => ({
                value: office.id,
                label: i18n.language === 'en' ? office.nameEn : office.nameZh,
              }))}
            />
          </Form.Item>
        </FormSection>

        <FormSection title={t('filing.sections.requester')}>
          <PartyFields prefix="requester" identityRequired />
        </FormSection>

        <FormSection title={t('filing.sections.respondent')}>
          <PartyFields prefix="respondent" identityRequired={false} />
        </FormSection>

        <FormSection title={t('filing.sections.patent')}>
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
                <Select
                  options={(['INVENTION', 'UTILITY_MODEL', 'DESIGN'] as const).map((type) => ({
                    value: type,
                    label: t(`patentType.${type}`),
                  }))}
                />
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
        </FormSection>

        <FormSection title={t('filing.sections.requests')}>
          <Form.Item
            name="claims"
            label={t('filing.claims')}
            extra={t('filing.claimsHint')}
            rules={[claimsRule]}
            required
          >
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
        </FormSection>

        <FormSection title={t('filing.sections.evidence')}>
          <Form.Item
            name="evidence"
            label={t('filing.evidence')}
            extra={t('upload.hint')}
            rules={[totalSizeRule(t('upload.tooLargeInAll'))]}
          >
            <EvidenceUpload />
          </Form.Item>
        </FormSection>

        {submitError && (
          <Alert
            type="error"
            showIcon
            role="alert"
            title={submitError.detail ?? t('filing.failed')}
            description={
              submitError.messages.length > 0 && (
                <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                  {submitError.messages.map((message) => (
                    <li key={message}>{message}</li>
                  ))}
                </ul>
              )
            }
          />
        )}

        <Flex gap="small" wrap>
          <Button type="primary" htmlType="submit" loading={filing.isPending}>
            {t('filing.submit')}
          </Button>
          {onCancel && <Button onClick={onCancel}>{t('filing.cancel')}</Button>}
        </Flex>
      </Flex>
    </Form>
  );
}
