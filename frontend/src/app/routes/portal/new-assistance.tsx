import { App, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { AssistanceApplicationForm } from '@/features/assistance/components/assistance-application-form';
import { useOffices } from '@/features/filing/api/get-offices';
import { PartyFields } from '@/features/filing/components/party-fields';

export function NewAssistanceRoute() {
  const { t, i18n } = useTranslation();
  const offices = useOffices();
  const { message } = App.useApp();
  const navigate = useNavigate();
  return (
    <Flex vertical gap="middle" style={{ maxWidth: 960, margin: '0 auto' }}>
      <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>
        {t('assistance.apply.title')}
      </Typography.Title>
      <AssistanceApplicationForm
        offices={(offices.data ?? []).map((office) => ({
          value: office.id,
          label: i18n.language === 'en' ? office.nameEn : office.nameZh,
        }))}
        partyFields={(prefix, identityRequired) => <PartyFields prefix={prefix} identityRequired={identityRequired} />}
        onFiled={({ caseNumber }) => {
          void message.success(t('assistance.apply.success', { caseNumber }));
          navigate('/portal/assistance');
        }}
      />
    </Flex>
  );
}
