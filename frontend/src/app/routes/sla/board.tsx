import { useQueryClient } from '@tanstack/react-query';
import { App, Drawer, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTask } from '@/features/inbox/api/get-task';
import { HandOverDialog } from '@/features/inbox/components/hand-over-dialog';
import { TaskPanel } from '@/features/inbox/components/task-panel';
import { SlaBoard } from '@/features/sla/components/sla-board';
import type { Approval } from '@/features/sla/types';
import { CalendarWarning } from '@/features/admin/components/calendar-warning';
import { useSession } from '@/shared/auth/get-session';
import { hasAnyRole } from '@/shared/auth/roles';
import { PageSpinner } from '@/shared/ui/page-spinner';
import { QueryError } from '@/shared/ui/query-error';
import { TASK_FORMS } from '../../task-forms';

/** The supervisor's deadline board, with the inbox's hand-over dialog and task forms composed in. */
export function SlaBoardRoute() {
  const { t } = useTranslation();
  const [reassigning, setReassigning] = useState<{ taskIds: string[]; officeId: string } | null>(null);
  const [approval, setApproval] = useState<Approval | null>(null);
  const { data: session } = useSession();
  const isAdmin = hasAnyRole(session?.user, ['ADMIN']);
  return (
    <Flex vertical gap="small">
      <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>
        {t('sla.title')}
      </Typography.Title>
      <CalendarWarning loadLink={isAdmin ? '/admin/calendar' : undefined} />
      <SlaBoard
        caseLink={(caseId) => `/inbox/cases/${caseId}`}
        onReassign={(taskIds, officeId) => setReassigning({ taskIds, officeId })}
        onOpenApproval={setApproval}
      />
      {reassigning && (
        <HandOverDialog
          kind="REASSIGN"
          taskIds={reassigning.taskIds}
          officeId={reassigning.officeId}
          onClose={() => setReassigning(null)}
        />
      )}
      <Drawer
        open={!!approval}
        size="large"
        title={approval && t('sla.approvals.panelTitle', { caseNumber: approval.caseNumber })}
        onClose={() => setApproval(null)}
        destroyOnHidden
      >
        {approval && <ApprovalPanel taskId={approval.taskId} onDone={() => setApproval(null)} />}
      </Drawer>
    </Flex>
  );
}

function ApprovalPanel({ taskId, onDone }: { taskId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { data: session } = useSession();
  const queryClient = useQueryClient();
  const task = useTask(taskId);
  if (task.isPending) return <PageSpinner />;
  if (task.isError) return <QueryError error={task.error} onRetry={() => void task.refetch()} />;
  return (
    <TaskPanel
      task={task.data}
      username={session?.user?.username ?? ''}
      forms={TASK_FORMS}
      onCompleted={() => {
        // a decided extension leaves the approvals and may move a deadline on the board
        void queryClient.invalidateQueries({ queryKey: ['sla'] });
        void message.success(t('sla.approvals.done'));
        onDone();
      }}
    />
  );
}
