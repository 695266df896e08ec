import { PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { CaseTable } from '@/features/cases/components/case-table';
import { DraftList } from '@/features/filing/components/draft-list';
import { useSession } from '@/shared/auth/get-session';
import { hasAnyRole } from '@/shared/auth/roles';

export function PortalCasesRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { data: session } = useSession();
  return (
    <Flex vertical gap="middle">
      <Flex justify="space-between" align="center" gap="middle" wrap>
        <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>
          {t('portal.title')}
        </Typography.Title>
        {hasAnyRole(session?.user, ['COMPLAINANT']) && (
          <Flex gap="small" wrap>
            <Button onClick={() => navigate('/portal/reports')}>{t('penalty.nav.myReports')}</Button>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/portal/new')}>
              {t('portal.fileDispute')}
            </Button>
            <Button icon={<PlusOutlined />} onClick={() => navigate('/portal/mediation/new')}>
              {t('mediation.standalone.entry')}
            </Button>
            <Button icon={<PlusOutlined />} onClick={() => navigate('/portal/injunctions/new')}>
              {t('injunction.apply.link')}
            </Button>
            <Button onClick={() => navigate('/portal/assistance')}>{t('assistance.mine.title')}</Button>
          </Flex>
        )}
      </Flex>
      {hasAnyRole(session?.user, ['COMPLAINANT']) && <DraftList draftLink={(id) => `/portal/new?draft=${id}`} />}
      <CaseTable caseLink={(id) => `/portal/cases/${id}`} />
    </Flex>
  );
}
