import { Button, Card, List } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSession } from '@/shared/auth/get-session';
import { hasAnyRole } from '@/shared/auth/roles';
import { Link } from 'react-router';
import { DueTagText } from './due-text';
import { useApprovals } from '../api/board';
import type { Approval } from '../types';

/** Approvals waiting for the office's supervisors (extensions, decisions …), each opened in place. */
export function ApprovalsList({
  onOpen,
  caseLink,
}: {
  onOpen: (approval: Approval) => void;
  caseLink: (id: string) => string;
}) {
  const { t } = useTranslation();
  const { data: session } = useSession();
  const supervisor = hasAnyRole(session?.user, ['SUPERVISOR']);
  const approvals = useApprovals(supervisor);
  if (!supervisor) return null;
  return (
    <Card title={t('sla.approvals.title')} size="small">
      <List
        size="small"
        loading={approvals.isPending}
        locale={{ emptyText: t('sla.approvals.none') }}
        dataSource={approvals.data?.items ?? []}
        renderItem={(approval) => (
          <List.Item
            actions={[
              <Button key="open" type="primary" size="small" onClick={() => onOpen(approval)}>
                {t('sla.approvals.open')}
              </Button>,
            ]}
          >
            <List.Item.Meta
              title={<Link to={caseLink(approval.caseId)}>{approval.caseNumber}</Link>}
              description={
                <>
                  {approval.taskName} · <DueTagText dueAt={approval.dueAt} />
                </>
              }
            />
          </List.Item>
        )}
      />
    </Card>
  );
}
