import { Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ReportTracking } from '@/features/penalty/components/report-tracking';

export function ReportTrackingRoute() {
  const { t } = useTranslation();
  const { code = '' } = useParams();
  return (
    <Flex vertical gap="middle" style={{ maxWidth: 820 }}>
      <Link to="/report">{t('penalty.nav.report')}</Link>
      <ReportTracking initialCode={code} />
    </Flex>
  );
}
