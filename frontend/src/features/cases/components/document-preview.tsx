import { Alert, Button, Flex, Image, Modal } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageSpinner } from '@/shared/ui/page-spinner';
import { documentContentUrl } from '../api/get-document-content';
import type { CaseDocument } from '../types';

/**
 * A PDF or image shown beside the case. The file is fetched once and shown from a blob: address,
 * so the browser's own PDF viewer draws it while the server keeps refusing to be framed.
 */
export function DocumentPreview({
  caseId,
  document,
  onClose,
}: {
  caseId: string;
  document: CaseDocument;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [url, setUrl] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  const source = documentContentUrl(caseId, document.id);

  useEffect(() => {
    let objectUrl: string | null = null;
    let cancelled = false;
    fetch(source, { credentials: 'same-origin' })
      .then((response) => (response.ok ? response.blob() : Promise.reject(new Error(String(response.status)))))
      .then((blob) => {
        if (cancelled) return;
        objectUrl = URL.createObjectURL(new Blob([blob], { type: document.contentType }));
        setUrl(objectUrl);
      })
      .catch(() => !cancelled && setFailed(true));
    return () => {
      cancelled = true;
      if (objectUrl) URL.revokeObjectURL(objectUrl);
    };
  }, [source, document.contentType]);

  const image = document.contentType.startsWith('image/');
  return (
    <Modal
      open
      title={t('caseView.previewOf', { name: document.fileName })}
      width="min(960px, 96vw)"
      footer={
        <Flex gap="small" justify="end">
          <Button href={`${source}?inline=true`} target="_blank" rel="noopener">
            {t('caseView.openInNewTab')}
          </Button>
          <Button type="primary" href={source} download={document.fileName}>
            {t('caseView.download')}
          </Button>
        </Flex>
      }
      onCancel={onClose}
      destroyOnHidden
    >
      {failed ? (
        <Alert type="error" showIcon title={t('caseView.previewFailed')} />
      ) : !url ? (
        <PageSpinner />
      ) : image ? (
        <Image src={url} alt={document.fileName} preview={false} style={{ maxWidth: '100%' }} />
      ) : (
        <iframe src={url} title={document.fileName} style={{ width: '100%', height: '70vh', border: 0 }} />
      )}
    </Modal>
  );
}
