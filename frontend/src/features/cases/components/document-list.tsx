import { DownloadOutlined, EyeOutlined } from '@ant-design/icons';
import { Button, Card, Space, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatBytes, formatDateTime } from '@/shared/lib/format';
import { CardTable } from '@/shared/ui/card-table';
import { documentContentUrl } from '../api/get-document-content';
import type { CaseDocument } from '../types';
import { DocumentPreview } from './document-preview';

const PREVIEWABLE = ['application/pdf', 'image/jpeg', 'image/png'];

export function DocumentList({ caseId, documents }: { caseId: string; documents: CaseDocument[] }) {
  const { t } = useTranslation();
  const [previewing, setPreviewing] = useState<CaseDocument | null>(null);
  const columns: TableColumnsType<CaseDocument> = [
    {
      title: t('case.fileName'),
      dataIndex: 'fileName',
      render: (fileName: string, document) => (
        <Space size="small" wrap>
          {PREVIEWABLE.includes(document.contentType) && (
            <Button
              size="small"
              icon={<EyeOutlined />}
              aria-label={t('caseView.previewOf', { name: fileName })}
              onClick={() => setPreviewing(document)}
            >
              {t('caseView.preview')}
            </Button>
          )}
          <a href={documentContentUrl(caseId, document.id)} download={fileName}>
            <DownloadOutlined aria-hidden /> {fileName}
          </a>
        </Space>
      ),
    },
    {
      title: t('case.kind'),
      dataIndex: 'kind',
      render: (kind: string) => t(`documentKind.${kind}`, { defaultValue: kind }),
    },
    { title: t('case.size'), dataIndex: 'sizeBytes', render: (size: number) => formatBytes(size) },
    { title: t('case.uploadedAt'), dataIndex: 'uploadedAt', render: (at: string) => formatDateTime(at) },
    { title: t('case.uploadedBy'), dataIndex: 'uploadedBy' },
  ];
  return (
    <Card title={t('case.documents')}>
      <CardTable<CaseDocument> columns={columns} dataSource={documents} emptyText={t('case.noDocuments')} />
      {previewing && <DocumentPreview caseId={caseId} document={previewing} onClose={() => setPreviewing(null)} />}
    </Card>
  );
}
