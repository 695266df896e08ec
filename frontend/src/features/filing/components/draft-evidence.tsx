import { UploadOutlined } from '@ant-design/icons';
import { App, Button, Upload, type UploadFile } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/shared/api/problem';
import { checkEvidenceFile, EVIDENCE_ACCEPT } from '@/shared/validation/evidence-file';
import { deleteDraftFile, uploadDraftFile, type DraftFile } from '../api/filing-drafts';

type Props = {
  /** The draft the files belong to, created on the first upload if there is none yet. */
  ensureDraft: () => Promise<string>;
  initialFiles: DraftFile[];
  onChange?: (files: DraftFile[]) => void;
};

const asUploadFile = (file: DraftFile): UploadFile => ({
  uid: file.id,
  name: file.fileName,
  size: file.sizeBytes,
  type: file.contentType,
  status: 'done',
  response: file,
});

/**
 * Evidence uploaded to the draft one file at a time, each with its progress bar; the server
 * checks each file's bytes as it arrives, so a refused file is said at once, by name.
 */
export function DraftEvidence({ ensureDraft, initialFiles, onChange }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [files, setFiles] = useState<UploadFile[]>(() => initialFiles.map(asUploadFile));
  const update = (next: UploadFile[]) => {
    setFiles(next);
    onChange?.(next.filter((f) => f.status === 'done').map((f) => f.response as DraftFile));
  };

  return (
    <Upload
      multiple
      accept={EVIDENCE_ACCEPT}
      fileList={files}
      beforeUpload={(file) => {
        const problem = checkEvidenceFile(file);
        if (problem) {
          void message.error(t(problem === 'type' ? 'upload.wrongType' : 'upload.tooLarge', { name: file.name }));
          return Upload.LIST_IGNORE;
        }
        return true;
      }}
      customRequest={({ file, onProgress, onSuccess, onError }) => {
        ensureDraft()
          .then((id) => uploadDraftFile(id, file as File, (percent) => onProgress?.({ percent })))
          .then((stored) => onSuccess?.(stored))
          .catch((error: unknown) => {
            const detail = isApiError(error)
              ? [error.problem.detail, ...(error.problem.errors ?? []).map((e) => e.message)].join(' ')
              : String(error);
            void message.error(detail);
            onError?.(error as Error);
          });
      }}
      onChange={({ fileList }) => update(fileList.filter((f) => f.status !== 'error'))}
      onRemove={async (file) => {
        const stored = file.response as DraftFile | undefined;
        if (!stored) return true;
        try {
          await deleteDraftFile({ id: await ensureDraft(), fileId: stored.id });
          return true;
        } catch (error) {
          void message.error(isApiError(error) ? (error.problem.detail ?? '') : String(error));
          return false;
        }
      }}
    >
      <Button icon={<UploadOutlined />}>{t('upload.choose')}</Button>
    </Upload>
  );
}
