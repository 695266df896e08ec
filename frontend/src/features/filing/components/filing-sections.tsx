import { Form, Input, Select, type FormRule } from 'antd';
import { useTranslation } from 'react-i18next';

function useRequired() {
  const { t } = useTranslation();
  return (field: string) => ({ required: true, whitespace: true, message: t('filing.validation.required', { field }) });
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
