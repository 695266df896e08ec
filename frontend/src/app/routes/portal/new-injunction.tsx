import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { InjunctionApplicationForm } from '@/features/injunction/components/injunction-application-form';
import { FormPage } from '@/shared/layout/form-page';
import type { FiledState } from './new-case';

/** The rights holder's application; the case page it opens shows the review's countdown. */
export function NewInjunctionRoute() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  return (
    <FormPage title={t('injunction.apply.title')}>
      <InjunctionApplicationForm
        onFiled={({ id, caseNumber }) => {
          void message.success(t('injunction.apply.success', { caseNumber }));
          navigate(`/portal/cases/${id}`, { state: { filedCaseNumber: caseNumber } satisfies FiledState });
        }}
      />
    </FormPage>
  );
}
