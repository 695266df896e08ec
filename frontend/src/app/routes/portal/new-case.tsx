import { App } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { useDraft } from '@/features/filing/api/filing-drafts';
import { FilingWizard } from '@/features/filing/components/filing-wizard';
import { FormPage } from '@/shared/layout/form-page';
import { PageSpinner } from '@/shared/ui/page-spinner';
import { QueryError } from '@/shared/ui/query-error';

export type FiledState = { filedCaseNumber?: string };

export function NewCaseRoute() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [search, setSearch] = useSearchParams();
  // A draft made while typing goes into the address, so a reload resumes it; the wizard that made
  // it keeps going (same step, same fields) rather than reloading what it already holds.
  const [createdHere, setCreatedHere] = useState<string>();
  const onDraftCreated = (id: string) => {
    setCreatedHere(id);
    setSearch({ draft: id }, { replace: true });
  };
  const requested = search.get('draft') ?? undefined;
  const draftId = requested !== createdHere ? requested : undefined;
  const draft = useDraft(draftId);

  if (draftId && draft.isPending) return <PageSpinner />;
  if (draftId && draft.isError) return <QueryError error={draft.error} onRetry={() => void draft.refetch()} />;
  return (
    <FormPage title={t('filing.title')}>
      <FilingWizard
        key={draftId ?? 'new'}
        draft={draftId ? draft.data : undefined}
        onDraftCreated={onDraftCreated}
        onCancel={() => navigate('/portal')}
        onFiled={({ id, caseNumber }) => {
          void message.success(t('filing.success', { caseNumber }));
          navigate(`/portal/cases/${id}`, { state: { filedCaseNumber: caseNumber } satisfies FiledState });
        }}
      />
    </FormPage>
  );
}
