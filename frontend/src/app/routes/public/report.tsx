import { Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ReportForm } from '@/features/penalty/components/report-form';
import { useSession } from '@/shared/auth/get-session';
import { hasAnyRole } from '@/shared/auth/roles';

/** Anyone may report suspected counterfeiting; a signed-in complainant's report joins their portal. */
export function PublicReportRoute() {
  const { t } = useTranslation();
  const { data: session } = useSession();
  const signedIn = hasAnyRole(session?.user, ['COMPLAINANT']);
  return (
    <Flex vertical gap="middle" style={{ maxWidth: 820 }}>
      <Link to="/report/track">{t('penalty.nav.track')}</Link>
      <ReportForm signedIn={signedIn} trackPath={(code) => `/report/track/${encodeURIComponent(code)}`} />
    </Flex>
  );
}
