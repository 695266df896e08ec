import { Card, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useSearchParams } from 'react-router';
import { LoginForm } from '@/features/auth/components/login-form';
import { useSession } from '@/shared/auth/get-session';
import { homePath } from '@/shared/auth/roles';
import { PageSpinner } from '@/shared/ui/page-spinner';

/** Only a path inside this application is followed after login, never another site. */
function safeNext(next: string | null): string | undefined {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : undefined;
}

export function LoginRoute() {
  const { t } = useTranslation();
  const session = useSession();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));

  if (session.isPending) return <PageSpinner />;
  // A successful login updates the session, and this sends the person on.
  if (session.data?.authenticated) return <Navigate to={next ?? homePath(session.data.user)} replace />;
  return (
    <Flex vertical align="center" gap="middle">
      <Card
        title={<h1 style={{ fontSize: 18, margin: 0 }}>{t('login.title')}</h1>}
        style={{ width: '100%', maxWidth: 400 }}
      >
        <LoginForm />
      </Card>
      {/* reports of counterfeiting need no account */}
      <Flex gap="middle">
        <Link to="/report">{t('penalty.nav.report')}</Link>
        <Link to="/report/track">{t('penalty.nav.track')}</Link>
      </Flex>
    </Flex>
  );
}
