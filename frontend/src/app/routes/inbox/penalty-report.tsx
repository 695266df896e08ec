import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ReportDetail } from '@/features/penalty/components/report-detail';

export function PenaltyReportRoute() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  return (
    <ReportDetail
      reportId={id}
      onRegistered={(caseId) => {
        void message.success(t('penalty.form.done'));
        navigate(`/inbox/cases/${caseId}`);
      }}
      onDismissed={() => navigate('/inbox/penalty')}
    />
  );
}
