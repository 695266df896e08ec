import { Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OfficialDocument } from '../types';

type Props = { document: OfficialDocument; url: string; onClose: () => void };

/** The PDF in a frame of the page, from the bytes already fetched (so that fetch was the opening). */
export function DocumentPreview({ document, url, onClose }: Props) {
  const { t } = useTranslation();
  const title = t('officialDocuments.preview', { title: document.title, number: document.number });
  return (
    <Modal open title={title} onCancel={onClose} footer={null} width={900} destroyOnHidden>
      <iframe
        src={url}
        title={title}
        className="official-document-preview"
        style={{ width: '100%', height: '75vh', border: '1px solid #d9d9d9' }}
      />
    </Modal>
  );
}
