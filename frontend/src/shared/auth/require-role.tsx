import { Navigate, Outlet, useLocation } from 'react-router';
import { PageSpinner } from '@/shared/ui/page-spinner';
import { QueryError } from '@/shared/ui/query-error';
import { useSession, type Role } from './get-session';
import { hasAnyRole, homePath } from './roles';

/** Lets through only a logged-in user with one of the roles; sends others where they belong. */
export function RequireRole({ roles }: { roles: Role[] }) {
  const session = useSession();
  const location = useLocation();
  if (session.isPending) return <PageSpinner />;
  if (session.isError) return <QueryError error={session.error} onRetry={() => void session.refetch()} />;
  if (!session.data.authenticated) {
    const next = location.pathname + location.search;
    return <Navigate to={`/login?next=${encodeURIComponent(next)}`} replace />;
  }
  if (session.data.user?.mustChangePassword) return <Navigate to="/account/password" replace />;
  if (!hasAnyRole(session.data.user, roles)) return <Navigate to={homePath(session.data.user)} replace />;
  return <Outlet />;
}
