import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { AssistanceApplicationForm } from '@/features/assistance/components/assistance-application-form';
import { FormPage } from '@/shared/layout/form-page';

/** An application for assistance; the applicant follows it among their requests. */
export function NewAssistanceRoute() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  return (
    <FormPage title={t('assistance.apply.title')}>
      <AssistanceApplicationForm
        onFiled={({ caseNumber }) => {
          void message.success(t('assistance.apply.success', { caseNumber }));
          navigate('/portal/assistance');
        }}
      />
    </FormPage>
  );
}
