import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { RegisterCaseForm } from '@/features/penalty/components/register-case-form';

export function PenaltyNewCaseRoute() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  return (
    <RegisterCaseForm
      onRegistered={(filed) => {
        void message.success(t('penalty.register.registered', { caseNumber: filed.caseNumber }));
        navigate(`/inbox/cases/${filed.id}`);
      }}
    />
  );
}
