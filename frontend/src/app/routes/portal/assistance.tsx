import { PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { MyAssistanceRequests } from '@/features/assistance/components/my-assistance-requests';

export function PortalAssistanceRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Flex vertical gap="middle">
      <Flex justify="space-between" align="center" wrap gap="small">
        <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>
          {t('assistance.mine.title')}
        </Typography.Title>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/portal/assistance/new')}>
          {t('assistance.apply.link')}
        </Button>
      </Flex>
      <MyAssistanceRequests caseLink={(id) => `/portal/cases/${id}`} />
    </Flex>
  );
}
