import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { TaskTable } from '@/features/inbox/components/task-table';
import { useSession } from '@/shared/auth/get-session';

export function InboxTasksRoute() {
  const { t } = useTranslation();
  const { data: session } = useSession();
  return (
    <Flex vertical gap="small">
      <Flex justify="space-between" align="center" gap="middle" wrap>
        <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>
          {t('inbox.title')}
        </Typography.Title>
        <Link to="/inbox/penalty">{t('penalty.nav.leads')}</Link>
      </Flex>
      <TaskTable username={session?.user?.username ?? ''} caseLink={(caseId) => `/inbox/cases/${caseId}`} />
    </Flex>
  );
}
