import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { TaskTable } from '@/features/inbox/components/task-table';
import { useSession } from '@/shared/auth/get-session';

export function InboxTasksRoute() {
  const { t } = useTranslation();
  const { data: session } = useSession();
  return (
    <Flex vertical gap="small">
      <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>
        {t('inbox.title')}
      </Typography.Title>
      <TaskTable username={session?.user?.username ?? ''} caseLink={(caseId) => `/inbox/cases/${caseId}`} />
    </Flex>
  );
}
