import { App, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useCase } from '@/features/cases/api/get-case';
import { CaseHeader } from '@/features/cases/components/case-header';
import { useSession } from '@/shared/auth/get-session';
import { PageSpinner } from '@/shared/ui/page-spinner';
import { QueryError } from '@/shared/ui/query-error';
import { CaseSections } from '../../case-page';
import type { CasePage } from '../../case-sections';

export function InboxCaseRoute() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const { data: session } = useSession();
  const kase = useCase<CasePage>(id);

  if (kase.isPending) return <PageSpinner />;
  if (kase.isError) return <QueryError error={kase.error} onRetry={() => void kase.refetch()} />;

  return (
    <Flex vertical gap="middle">
      <CaseHeader kase={kase.data} backTo="/inbox" />
      <CaseSections
        page="inbox"
        kase={kase.data}
        user={session?.user}
        casesPath="/inbox/cases"
        widths={{ main: 12, side: 12 }}
        onTaskCompleted={(formKey) => {
          void message.success(t(formKey === 'acceptance-review' ? 'review.success' : 'penalty.form.done'));
          navigate('/inbox');
        }}
      />
    </Flex>
  );
}
