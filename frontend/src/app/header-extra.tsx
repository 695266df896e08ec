import { NotificationBell } from '@/features/notifications/components/notification-bell';
import { useSession } from '@/shared/auth/get-session';
import { hasAnyRole, STAFF_ROLES } from '@/shared/auth/roles';

/** What the header carries besides the person: their notices, opening cases where they work. */
export function HeaderExtra() {
  const { data: session } = useSession();
  const staff = hasAnyRole(session?.user, STAFF_ROLES);
  return <NotificationBell caseLink={(id) => (staff ? `/inbox/cases/${id}` : `/portal/cases/${id}`)} />;
}
