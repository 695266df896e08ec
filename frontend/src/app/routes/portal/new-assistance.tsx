import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { AssistanceApplicationForm } from '@/features/assistance/components/assistance-application-form';
import { useOfficeOptions } from '@/features/filing/api/get-offices';
import { PartyFields } from '@/features/filing/components/party-fields';
import { FormPage } from '@/shared/layout/form-page';

export function NewAssistanceRoute() {
  const { t } = useTranslation();
  const offices = useOfficeOptions();
  const { message } = App.useApp();
  const navigate = useNavigate();
  return (
    <FormPage title={t('assistance.apply.title')}>
      <AssistanceApplicationForm
        offices={offices.options}
        partyFields={(prefix, identityRequired) => <PartyFields prefix={prefix} identityRequired={identityRequired} />}
        onFiled={({ caseNumber }) => {
          void message.success(t('assistance.apply.success', { caseNumber }));
          navigate('/portal/assistance');
        }}
      />
    </FormPage>
  );
}
