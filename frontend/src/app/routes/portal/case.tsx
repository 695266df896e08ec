import { Alert, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router';
import { useCase } from '@/features/cases/api/get-case';
import { CaseHeader } from '@/features/cases/components/case-header';
import { useSession } from '@/shared/auth/get-session';
import { PageSpinner } from '@/shared/ui/page-spinner';
import { QueryError } from '@/shared/ui/query-error';
import { CaseSections } from '../../case-page';
import type { CasePage } from '../../case-sections';
import type { FiledState } from './new-case';

export function PortalCaseRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const location = useLocation();
  const { data: session } = useSession();
  const kase = useCase<CasePage>(id);
  const filedCaseNumber = (location.state as FiledState | null)?.filedCaseNumber;

  if (kase.isPending) return <PageSpinner />;
  if (kase.isError) return <QueryError error={kase.error} onRetry={() => void kase.refetch()} />;

  return (
    <Flex vertical gap="middle">
      <CaseHeader kase={kase.data} backTo="/portal" />
      {filedCaseNumber && (
        <Alert type="success" showIcon title={t('case.filedNotice', { caseNumber: filedCaseNumber })} />
      )}
      <CaseSections
        page="portal"
        kase={kase.data}
        user={session?.user}
        casesPath="/portal/cases"
        widths={{ main: 15, side: 9 }}
      />
    </Flex>
  );
}
