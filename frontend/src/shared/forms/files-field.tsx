import { Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { EvidenceUpload, totalSizeRule } from '@/shared/ui/evidence-upload';

/** Files that travel with a request, no more in all than one request may carry. */
export function FilesField({ name, label }: { name: string; label: string }) {
  const { t } = useTranslation();
  return (
    <Form.Item name={name} label={label} extra={t('upload.hint')} rules={[totalSizeRule(t('upload.tooLargeInAll'))]}>
      <EvidenceUpload />
    </Form.Item>
  );
}
