import { DownloadOutlined, EyeOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '@/shared/lib/format';
import { CardTable } from '@/shared/ui/card-table';
import { officialDocumentUrl, useOpenOfficialDocument } from '../api/get-official-document';
import { ALL_PARTIES, type DocumentService, type OfficialDocument } from '../types';
import { DocumentPreview } from './document-preview';
import { RecordServiceForm } from './record-service-form';

type Props = {
  caseId: string;
  documents: OfficialDocument[];
  /** Officers of the case's office record services; parties only read. */
  canRecordService?: boolean;
  /** The roles of the case's parties (a document to all parties is served on each). */
  partyRoles?: string[];
};

/** The office's documents in a case: what, to whom, when issued, and whether and how served. */
export function OfficialDocumentsCard({ caseId, documents, canRecordService = false, partyRoles = [] }: Props) {
  const { t, i18n } = useTranslation();
  const open = useOpenOfficialDocument();
  const [preview, setPreview] = useState<{ document: OfficialDocument; url: string }>();
  const [recording, setRecording] = useState<OfficialDocument>();

  const addressee = (d: OfficialDocument) => {
    if (d.addresseeRole === ALL_PARTIES) return t('officialDocuments.allParties');
    const role = d.addresseeRole === 'AUTHORITY' ? t('officialDocuments.authority') : t(`partyRole.${d.addresseeRole}`);
    return `${role}：${d.addresseeName}`;
  };
  const serviceLine = (s: DocumentService, toAll: boolean) => {
    const line = t('officialDocuments.servedOn', {
      method: t(`officialDocuments.method.${s.method}`),
      date: s.servedOn,
    });
    const published = s.publishedOn ? `（${t('officialDocuments.publishedOn', { date: s.publishedOn })}）` : '';
    return `${toAll ? `${t(`partyRole.${s.partyRole}`)}：` : ''}${line}${published}`;
  };
  const unservedParties = (d: OfficialDocument) =>
    d.addresseeRole === ALL_PARTIES
      ? partyRoles.filter((role) => !d.services.some((s) => s.partyRole === role))
      : d.services.length === 0
        ? [d.addresseeRole]
        : [];

  const columns: TableColumnsType<OfficialDocument> = [
    {
      title: t('officialDocuments.document'),
      key: 'document',
      render: (_, d) => (
        <Flex vertical>
          <Typography.Text strong>{i18n.language === 'en' ? d.titleEn : d.title}</Typography.Text>
          <Typography.Text type="secondary">{d.number}</Typography.Text>
        </Flex>
      ),
    },
    { title: t('officialDocuments.addressee'), key: 'addressee', render: (_, d) => addressee(d) },
    { title: t('officialDocuments.issuedOn'), dataIndex: 'issuedAt', render: (at: string) => formatDate(at) },
    {
      title: t('officialDocuments.service'),
      key: 'service',
      render: (_, d) => (
        <Flex vertical gap={4} align="start">
          {d.services.map((s) => (
            <Tag color="green" key={s.partyRole}>
              {serviceLine(s, d.addresseeRole === ALL_PARTIES)}
            </Tag>
          ))}
          {unservedParties(d).length > 0 && (
            <Tag color="orange">
              {t(
                d.serviceMethod === 'ELECTRONIC'
                  ? 'officialDocuments.notServedElectronic'
                  : 'officialDocuments.notServed',
              )}
            </Tag>
          )}
        </Flex>
      ),
    },
    {
      title: t('officialDocuments.actions'),
      key: 'actions',
      render: (_, d) => (
        <Flex gap="small" wrap>
          <Button
            size="small"
            icon={<EyeOutlined aria-hidden />}
            loading={open.isPending && open.variables?.documentId === d.id}
            onClick={() =>
              open.mutate(
                { caseId, documentId: d.id },
                { onSuccess: (pdf) => setPreview({ document: d, url: URL.createObjectURL(pdf) }) },
              )
            }
          >
            {t('officialDocuments.open')}
          </Button>
          <Button
            size="small"
            icon={<DownloadOutlined aria-hidden />}
            href={officialDocumentUrl(caseId, d.id)}
            download
          >
            {t('officialDocuments.download')}
          </Button>
          {canRecordService && unservedParties(d).length > 0 && (
            <Button size="small" onClick={() => setRecording(d)}>
              {t('officialDocuments.recordService')}
            </Button>
          )}
        </Flex>
      ),
    },
  ];

  return (
    <Card title={t('officialDocuments.title')}>
      {open.isError && (
        <Alert
          type="error"
          showIcon
          role="alert"
          style={{ marginBottom: 12 }}
          title={t('officialDocuments.openFailed')}
        />
      )}
      <CardTable<OfficialDocument> columns={columns} dataSource={documents} emptyText={t('officialDocuments.none')} />
      {preview && (
        <DocumentPreview
          document={preview.document}
          url={preview.url}
          onClose={() => {
            URL.revokeObjectURL(preview.url);
            setPreview(undefined);
          }}
        />
      )}
      {recording && (
        <RecordServiceForm
          caseId={caseId}
          document={recording}
          partyRoles={partyRoles}
          onClose={() => setRecording(undefined)}
        />
      )}
    </Card>
  );
}
