import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { App, Button, Card, List } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '@/shared/lib/format';
import { useDeleteDraft, useDrafts } from '../api/filing-drafts';

/** Requests begun and not filed yet, to continue or throw away. */
export function DraftList({ draftLink }: { draftLink: (id: string) => string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const drafts = useDrafts();
  const remove = useDeleteDraft();
  if (!drafts.data?.length) return null;
  return (
    <Card title={t('drafts.title')} size="small">
      <List
        dataSource={drafts.data}
        renderItem={(draft) => (
          <List.Item
            actions={[
              <Link key="resume" to={draftLink(draft.id)}>
                <EditOutlined aria-hidden /> {t('drafts.resume')}
              </Link>,
              <Button
                key="delete"
                size="small"
                type="text"
                danger
                icon={<DeleteOutlined />}
                loading={remove.isPending && remove.variables === draft.id}
                onClick={() => remove.mutate(draft.id, { onSuccess: () => void message.success(t('drafts.deleted')) })}
              >
                {t('drafts.delete')}
              </Button>,
            ]}
          >
            {t('drafts.describe', {
              patent: draft.patentNumber || t('drafts.untitled'),
              respondent: draft.respondentName || t('drafts.noRespondent'),
              files: draft.files,
              time: formatDateTime(draft.updatedAt),
            })}
          </List.Item>
        )}
      />
    </Card>
  );
}
