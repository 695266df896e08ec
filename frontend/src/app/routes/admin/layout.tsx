import { Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation } from 'react-router';
import { ADMIN_PLACES, AdminNav } from '@/features/admin/components/admin-nav';

/** The administrator's workspace: side navigation, the page's title, the page. */
export function AdminLayoutRoute() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const place = [...ADMIN_PLACES].reverse().find((p) => pathname === p.path || pathname.startsWith(`${p.path}/`));
  return (
    <Flex gap="middle" align="flex-start" wrap>
      <Card size="small" style={{ width: 220, flex: 'none' }} styles={{ body: { padding: 4 } }}>
        <AdminNav />
      </Card>
      <Flex vertical gap="middle" style={{ flex: 1, minWidth: 320 }}>
        <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>
          {place && place.key !== 'home' ? t(`admin.nav.${place.key}`) : t('admin.title')}
        </Typography.Title>
        <Outlet />
      </Flex>
    </Flex>
  );
}
