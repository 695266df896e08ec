import { App, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { useDraft } from '@/features/filing/api/filing-drafts';
import { FilingWizard } from '@/features/filing/components/filing-wizard';
import { PageSpinner } from '@/shared/ui/page-spinner';
import { QueryError } from '@/shared/ui/query-error';

export type FiledState = { filedCaseNumber?: string };

export function NewCaseRoute() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [search, setSearch] = useSearchParams();
  const draftId = search.get('draft') ?? undefined;
  const draft = useDraft(draftId);
  // A draft made while typing: resumed from the address if the page is reloaded.
  const onDraftCreated = (id: string) => setSearch({ draft: id }, { replace: true });

  if (draftId && draft.isPending) return <PageSpinner />;
  if (draftId && draft.isError) return <QueryError error={draft.error} onRetry={() => void draft.refetch()} />;
  return (
    <Flex vertical gap="middle" style={{ maxWidth: 960, margin: '0 auto' }}>
      <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>
        {t('filing.title')}
      </Typography.Title>
      <FilingWizard
        key={draft.data?.id ?? 'new'}
        draft={draft.data}
        onDraftCreated={onDraftCreated}
        onCancel={() => navigate('/portal')}
        onFiled={({ id, caseNumber }) => {
          void message.success(t('filing.success', { caseNumber }));
          navigate(`/portal/cases/${id}`, { state: { filedCaseNumber: caseNumber } satisfies FiledState });
        }}
      />
    </Flex>
  );
}
