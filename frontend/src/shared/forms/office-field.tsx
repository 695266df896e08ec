import { Form, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useOfficeOptions } from '@/shared/api/get-offices';

type Props = {
  /** What the office is to this request: 受理部门 by default, an assistance centre for assistance. */
  label?: string;
  hint?: string;
};

/** The office a request goes to, under the form's `officeId`, among the offices the server knows. */
export function OfficeField({ label, hint }: Props) {
  const { t } = useTranslation();
  const offices = useOfficeOptions();
  const name = label ?? t('filing.officeId');
  return (
    <Form.Item
      name="officeId"
      label={name}
      extra={hint}
      rules={[{ required: true, message: t('filing.validation.requiredSelect', { field: name }) }]}
    >
      <Select loading={offices.loading} showSearch={{ optionFilterProp: 'label' }} options={offices.options} />
    </Form.Item>
  );
}
