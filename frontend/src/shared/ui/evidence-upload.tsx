import { UploadOutlined } from '@ant-design/icons';
import { App, Button, Upload, type UploadFile } from 'antd';
import { useTranslation } from 'react-i18next';
import { checkEvidenceFile, EVIDENCE_ACCEPT, MAX_REQUEST_BYTES } from '@/shared/validation/evidence-file';

type Props = {
  id?: string;
  value?: UploadFile[];
  onChange?: (files: UploadFile[]) => void;
  'aria-describedby'?: string;
};

/**
 * A file list for a Form.Item: the files stay in the browser and travel in the form's own
 * multipart request, so a filing and its evidence arrive together or not at all.
 */
export function EvidenceUpload({ id, value = [], onChange, 'aria-describedby': describedBy }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  return (
    <Upload
      id={id}
      multiple
      accept={EVIDENCE_ACCEPT}
      fileList={value}
      beforeUpload={(file) => {
        const problem = checkEvidenceFile(file);
        if (problem) {
          void message.error(t(problem === 'type' ? 'upload.wrongType' : 'upload.tooLarge', { name: file.name }));
          return Upload.LIST_IGNORE;
        }
        return false;
      }}
      onChange={({ fileList }) => onChange?.(fileList)}
    >
      <Button icon={<UploadOutlined />} aria-describedby={describedBy}>
        {t('upload.choose')}
      </Button>
    </Upload>
  );
}

export function filesOf(list: UploadFile[] | undefined): File[] {
  return (list ?? []).flatMap((item) => (item.originFileObj ? [item.originFileObj as File] : []));
}

export function totalSizeRule(message: string) {
  return {
    validator: (_: unknown, list: UploadFile[] | undefined) =>
      filesOf(list).reduce((sum, file) => sum + file.size, 0) > MAX_REQUEST_BYTES
        ? Promise.reject(new Error(message))
        : Promise.resolve(),
  };
}
