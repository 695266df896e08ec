import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { AssistancePoolAdmin } from '@/features/assistance/components/assistance-pool-admin';
import { useOfficeOptions } from '@/shared/api/get-offices';

export function AssistancePoolRoute() {
  const { t } = useTranslation();
  const offices = useOfficeOptions();
  return (
    <Flex vertical gap="middle">
      <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>
        {t('assistance.pool.title')}
      </Typography.Title>
      <AssistancePoolAdmin districts={offices.options} />
    </Flex>
  );
}
