import { Navigate } from 'react-router';
import { useSession } from '@/shared/auth/get-session';
import { homePath } from '@/shared/auth/roles';
import { PageSpinner } from '@/shared/ui/page-spinner';
import { QueryError } from '@/shared/ui/query-error';

export function HomeRoute() {
  const session = useSession();
  if (session.isPending) return <PageSpinner />;
  if (session.isError) return <QueryError error={session.error} onRetry={() => void session.refetch()} />;
  return <Navigate to={session.data.authenticated ? homePath(session.data.user) : '/login'} replace />;
}
