import {
  AuditOutlined,
  BankOutlined,
  CalendarOutlined,
  DashboardOutlined,
  SettingOutlined,
  TeamOutlined,
  ThunderboltOutlined,
  UsergroupAddOutlined,
} from '@ant-design/icons';
import { Menu } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';

/** The administrator's places, in the side navigation of the administration pages. */
export const ADMIN_PLACES = [
  { path: '/admin', key: 'home', icon: <DashboardOutlined /> },
  { path: '/admin/users', key: 'users', icon: <TeamOutlined /> },
  { path: '/admin/offices', key: 'offices', icon: <BankOutlined /> },
  { path: '/admin/calendar', key: 'calendar', icon: <CalendarOutlined /> },
  { path: '/admin/settings', key: 'settings', icon: <SettingOutlined /> },
  { path: '/admin/audit', key: 'audit', icon: <AuditOutlined /> },
  { path: '/admin/engine', key: 'engine', icon: <ThunderboltOutlined /> },
  { path: '/admin/assistance-pool', key: 'assistancePool', icon: <UsergroupAddOutlined /> },
] as const;

export function AdminNav() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const selected =
    [...ADMIN_PLACES].reverse().find((place) => pathname === place.path || pathname.startsWith(`${place.path}/`))
      ?.path ?? '/admin';
  return (
    <nav aria-label={t('admin.nav.label')}>
      <Menu
        mode="inline"
        selectedKeys={[selected]}
        style={{ borderInlineEnd: 'none' }}
        items={ADMIN_PLACES.map((place) => ({
          key: place.path,
          icon: place.icon,
          label: t(`admin.nav.${place.key}`),
        }))}
        onClick={({ key }) => navigate(key)}
      />
    </nav>
  );
}
