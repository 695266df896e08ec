import { TeamOutlined } from '@ant-design/icons';
import { Button, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { FilterBar } from '@/features/inbox/components/filter-bar';
import { SavedFiltersMenu } from '@/features/inbox/components/saved-filters-menu';
import { SubstitutesDialog } from '@/features/inbox/components/substitutes-dialog';
import { TaskTable } from '@/features/inbox/components/task-table';
import { criteriaFromSearch, criteriaToSearch } from '@/features/inbox/lib/criteria';
import type { InboxCriteria } from '@/features/inbox/types';
import { useSession } from '@/shared/auth/get-session';
import { hasAnyRole } from '@/shared/auth/roles';

/** The officer's inbox. Its view, filters and page live in the address: a link shows the same list. */
export function InboxTasksRoute() {
  const { t } = useTranslation();
  const { data: session } = useSession();
  const [search, setSearch] = useSearchParams();
  const [substitutes, setSubstitutes] = useState(false);
  const criteria = criteriaFromSearch(search);
  const page = Math.max(0, Number(search.get('page') ?? '0') || 0);
  const username = session?.user?.username ?? '';

  const show = (next: InboxCriteria, nextPage = 0) => {
    const params = criteriaToSearch(next);
    if (nextPage > 0) params.set('page', String(nextPage));
    setSearch(params);
  };

  return (
    <Flex vertical gap="small">
      <Flex justify="space-between" align="center" gap="small" wrap>
        <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>
          {t('inbox.title')}
        </Typography.Title>
        <Flex gap="small" wrap>
          <Link to="/inbox/penalty">{t('penalty.nav.leads')}</Link>
          <SavedFiltersMenu criteria={criteria} onApply={(saved) => show(saved)} />
          <Button icon={<TeamOutlined />} onClick={() => setSubstitutes(true)}>
            {t('inbox.substitutes.button')}
          </Button>
        </Flex>
      </Flex>
      <FilterBar criteria={criteria} onChange={(next) => show(next)} />
      <TaskTable
        criteria={criteria}
        onViewChange={(view) => show({ ...criteria, view })}
        page={page}
        onPageChange={(next) => show(criteria, next)}
        username={username}
        supervisor={hasAnyRole(session?.user, ['SUPERVISOR'])}
        officeId={session?.user?.office?.id}
        caseLink={(caseId) => `/inbox/cases/${caseId}`}
      />
      {substitutes && <SubstitutesDialog username={username} onClose={() => setSubstitutes(false)} />}
    </Flex>
  );
}
