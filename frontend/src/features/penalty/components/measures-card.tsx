import { Card, Form, Input, List, Select, Tag, Typography, type UploadFile } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { todayInOffice } from '@/shared/lib/format';
import { EvidenceUpload, filesOf } from '@/shared/ui/evidence-upload';
import type { CardProps } from '../types';
import { ActionModal } from './action-modal';
import { ChoiceItem, PastDateItem, TextItem } from './form-items';

const KINDS = [
  'QUESTIONING',
  'SITE_INSPECTION',
  'RECORDS_COPYING',
  'PRODUCT_INSPECTION',
  'SEALING_OR_SEIZURE',
] as const;

const SIGNATURES = ['SIGNED', 'REFUSED', 'ABSENT'] as const;

type MeasureValues = {
  kind: string;
  takenOn: Dayjs;
  place: string;
  summary: string;
  officers: string[];
  partySignature: string;
  witness?: string;
  files?: UploadFile[];
};

/** Patent Law art. 69 ¶1: each measure with its officers, the party's signature and its record's files. */
export function MeasuresCard({ caseId, penalty, editable }: CardProps) {
  const { t } = useTranslation();
  return (
    <Card
      title={t('penalty.measures.title')}
      extra={
        editable && (
          <ActionModal<MeasureValues>
            caseId={caseId}
            label={t('penalty.measures.add')}
            initialValues={{ officers: penalty.handlers, partySignature: 'SIGNED', takenOn: todayInOffice() }}
            toAction={(v) => ({
              type: 'measure',
              measure: {
                kind: v.kind,
                takenOn: v.takenOn.format('YYYY-MM-DD'),
                place: v.place,
                summary: v.summary,
                officers: v.officers,
                partySignature: v.partySignature,
                witness: v.witness,
              },
              files: filesOf(v.files),
            })}
          >
            {() => (
              <>
                <ChoiceItem
                  name="kind"
                  label={t('penalty.measures.kind')}
                  values={KINDS}
                  words="penalty.measures.kinds"
                  required
                />
                <PastDateItem name="takenOn" label={t('penalty.measures.takenOn')} />
                <TextItem name="place" label={t('penalty.measures.place')}>
                  <Input maxLength={300} />
                </TextItem>
                <TextItem name="summary" label={t('penalty.measures.summary')}>
                  <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={5000} />
                </TextItem>
                <Form.Item name="officers" label={t('penalty.measures.officers')} rules={[{ required: true }]}>
                  <Select mode="multiple" options={penalty.handlers.map((h) => ({ value: h, label: h }))} />
                </Form.Item>
                <ChoiceItem
                  name="partySignature"
                  label={t('penalty.measures.signature')}
                  values={SIGNATURES}
                  words="penalty.measures.signatures"
                />
                <Form.Item name="witness" label={t('penalty.measures.witness')}>
                  <Input maxLength={100} />
                </Form.Item>
                <Form.Item name="files" label={t('penalty.measures.files')} rules={[{ required: true }]}>
                  <EvidenceUpload />
                </Form.Item>
              </>
            )}
          </ActionModal>
        )
      }
    >
      <List
        dataSource={penalty.measures}
        locale={{ emptyText: t('penalty.measures.empty') }}
        renderItem={(m) => (
          <List.Item key={m.id}>
            <List.Item.Meta
              title={
                <>
                  {t(`penalty.measures.kinds.${m.kind}`)} · {m.takenOn} · {m.place}
                </>
              }
              description={
                <>
                  <Typography.Paragraph style={{ marginBottom: 4 }}>{m.summary}</Typography.Paragraph>
                  {m.officers.map((o) => (
                    <Tag key={o}>{o}</Tag>
                  ))}
                  <Tag color={m.partySignature === 'SIGNED' ? 'green' : 'orange'}>
                    {t(`penalty.measures.signatures.${m.partySignature}`)}
                    {m.witness ? ` · ${m.witness}` : ''}
                  </Tag>
                </>
              }
            />
          </List.Item>
        )}
      />
    </Card>
  );
}
