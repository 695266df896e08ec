import { BellOutlined } from '@ant-design/icons';
import { Badge, Button, Flex, List, Popover, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useSession } from '@/shared/auth/get-session';
import { formatDateTime } from '@/shared/lib/format';
import { useMarkAllRead, useMarkRead, useNotifications, type Notice } from '../api/notifications';
import './notification-bell.css';

type Props = {
  /** Where a notice about a case leads this reader: the portal's or the inbox's case page. */
  caseLink: (caseId: string) => string;
};

/** The signed-in person's notices: unread count on the bell, the latest twenty under it. */
export function NotificationBell({ caseLink }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const session = useSession();
  const signedIn = !!session.data?.authenticated;
  const notices = useNotifications(signedIn);
  const markRead = useMarkRead();
  const markAllRead = useMarkAllRead();
  const [open, setOpen] = useState(false);
  if (!signedIn) return null;
  const unread = notices.data?.unread ?? 0;

  const sentence = (notice: Notice) => {
    const key = `notifications.kinds.${notice.kind}`;
    const stageName = notice.params.stage
      ? t(`stage.${notice.params.stage}`, { defaultValue: notice.params.stage })
      : '';
    return t(key, { ...notice.params, stageName, defaultValue: t('notifications.kinds.unknown') });
  };

  const openNotice = (notice: Notice) => {
    if (!notice.readAt) markRead.mutate(notice.id);
    if (notice.caseId) {
      setOpen(false);
      navigate(caseLink(notice.caseId));
    }
  };

  return (
    <Popover
      open={open}
      onOpenChange={setOpen}
      trigger="click"
      placement="bottomRight"
      title={
        <Flex justify="space-between" align="center" gap="middle">
          {t('notifications.title')}
          {unread > 0 && (
            <Button size="small" type="link" onClick={() => markAllRead.mutate()}>
              {t('notifications.markAllRead')}
            </Button>
          )}
        </Flex>
      }
      content={
        <List
          style={{ width: 'min(360px, 90vw)', maxHeight: 420, overflow: 'auto' }}
          size="small"
          loading={notices.isPending}
          locale={{ emptyText: t('notifications.none') }}
          dataSource={notices.data?.items ?? []}
          renderItem={(notice) => (
            <List.Item style={{ fontWeight: notice.readAt ? 'normal' : 600 }}>
              <Flex vertical>
                <button type="button" className="notice-button" onClick={() => openNotice(notice)}>
                  {sentence(notice)}
                </button>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {formatDateTime(notice.createdAt)}
                </Typography.Text>
              </Flex>
            </List.Item>
          )}
        />
      }
    >
      <Badge count={unread} size="small">
        <Button icon={<BellOutlined />} aria-label={t('notifications.open', { count: unread })} />
      </Badge>
    </Popover>
  );
}
