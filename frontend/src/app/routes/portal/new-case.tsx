import { App, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { FilingForm } from '@/features/filing/components/filing-form';

export type FiledState = { filedCaseNumber?: string };

export function NewCaseRoute() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  return (
    <Flex vertical gap="middle" style={{ maxWidth: 960, margin: '0 auto' }}>
      <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>
        {t('filing.title')}
      </Typography.Title>
      <FilingForm
        onCancel={() => navigate('/portal')}
        onFiled={({ id, caseNumber }) => {
          void message.success(t('filing.success', { caseNumber }));
          navigate(`/portal/cases/${id}`, { state: { filedCaseNumber: caseNumber } satisfies FiledState });
        }}
      />
    </Flex>
  );
}
