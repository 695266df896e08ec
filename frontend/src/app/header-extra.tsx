import { Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { NotificationBell } from '@/features/notifications/components/notification-bell';
import { useSession } from '@/shared/auth/get-session';
import { hasAnyRole, STAFF_ROLES } from '@/shared/auth/roles';

/**
 * What the header carries besides the person: a supervisor's two workspaces (the inbox and the
 * deadline board), and everyone's notices, opening cases where they work.
 */
export function HeaderExtra() {
  const { t } = useTranslation();
  const { data: session } = useSession();
  const staff = hasAnyRole(session?.user, STAFF_ROLES);
  const supervisor = hasAnyRole(session?.user, ['SUPERVISOR']);
  return (
    <Space size="middle" wrap>
      {supervisor && (
        <nav aria-label={t('sla.title')}>
          <Space size="middle">
            <NavLink to="/inbox" className="app-nav-link" end>
              {t('inbox.title')}
            </NavLink>
            <NavLink to="/sla" className="app-nav-link">
              {t('sla.title')}
            </NavLink>
          </Space>
        </nav>
      )}
      <NotificationBell caseLink={(id) => (staff ? `/inbox/cases/${id}` : `/portal/cases/${id}`)} />
    </Space>
  );
}
