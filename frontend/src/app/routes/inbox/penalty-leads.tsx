import { PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ReportList } from '@/features/penalty/components/report-list';

/** Counterfeit-patent leads: the office's reports from the public, and the way to register its own. */
export function PenaltyLeadsRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Flex vertical gap="middle">
      <Flex justify="space-between" align="center" gap="middle" wrap>
        <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>
          {t('penalty.leads.title')}
        </Typography.Title>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/inbox/penalty/new')}>
          {t('penalty.leads.register')}
        </Button>
      </Flex>
      <ReportList reportLink={(id) => `/inbox/penalty/reports/${id}`} />
    </Flex>
  );
}
