import { DownloadOutlined } from '@ant-design/icons';
import { Card, Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatBytes, formatDateTime } from '@/shared/lib/format';
import { documentContentUrl } from '../api/get-document-content';
import type { CaseDocument } from '../types';

export function DocumentList({ caseId, documents }: { caseId: string; documents: CaseDocument[] }) {
  const { t } = useTranslation();
  const columns: TableColumnsType<CaseDocument> = [
    {
      title: t('case.fileName'),
      dataIndex: 'fileName',
      render: (fileName: string, document) => (
        <a href={documentContentUrl(caseId, document.id)} download={fileName}>
          <DownloadOutlined aria-hidden /> {fileName}
        </a>
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
      <Table<CaseDocument>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={documents}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('case.noDocuments') }}
      />
    </Card>
  );
}
