import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { AssistancePoolAdmin } from '@/features/assistance/components/assistance-pool-admin';
import { useOffices } from '@/features/filing/api/get-offices';

export function AssistancePoolRoute() {
  const { t, i18n } = useTranslation();
  const offices = useOffices();
  return (
    <Flex vertical gap="middle">
      <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>
        {t('assistance.pool.title')}
      </Typography.Title>
      <AssistancePoolAdmin
        districts={(offices.data ?? []).map((office) => ({
          value: office.id,
          label: i18n.language === 'en' ? office.nameEn : office.nameZh,
        }))}
      />
    </Flex>
  );
}
