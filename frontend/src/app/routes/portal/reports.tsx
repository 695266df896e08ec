import { PlusOutlined } from '@ant-design/icons';
import { Button, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { MyReports } from '@/features/penalty/components/my-reports';

export function PortalReportsRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Flex vertical gap="middle">
      <Flex justify="end">
        <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/report')}>
          {t('penalty.nav.report')}
        </Button>
      </Flex>
      <MyReports />
    </Flex>
  );
}
