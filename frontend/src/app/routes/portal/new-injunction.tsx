import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useOfficeOptions } from '@/features/filing/api/get-offices';
import { PartyFields } from '@/features/filing/components/party-fields';
import { InjunctionApplicationForm } from '@/features/injunction/components/injunction-application-form';
import { FormPage } from '@/shared/layout/form-page';
import type { FiledState } from './new-case';

export function NewInjunctionRoute() {
  const { t } = useTranslation();
  const offices = useOfficeOptions();
  const { message } = App.useApp();
  const navigate = useNavigate();
  return (
    <FormPage title={t('injunction.apply.title')}>
      <InjunctionApplicationForm
        offices={offices.options}
        partyFields={(prefix, identityRequired) => <PartyFields prefix={prefix} identityRequired={identityRequired} />}
        onFiled={({ id, caseNumber }) => {
          void message.success(t('injunction.apply.success', { caseNumber }));
          navigate(`/portal/cases/${id}`, { state: { filedCaseNumber: caseNumber } satisfies FiledState });
        }}
      />
    </FormPage>
  );
}
