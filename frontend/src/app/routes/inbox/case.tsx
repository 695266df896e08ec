import { Alert, App, Col, Flex, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useCase } from '@/features/cases/api/get-case';
import { AcceptanceReviewResult } from '@/features/cases/components/acceptance-review-result';
import { CaseHeader } from '@/features/cases/components/case-header';
import { CaseClocks } from '@/features/cases/components/case-clocks';
import { CaseOverview } from '@/features/cases/components/case-overview';
import { CaseTimeline } from '@/features/cases/components/case-timeline';
import { DocumentList } from '@/features/cases/components/document-list';
import { LazyCaseDiagram } from '@/features/cases/components/lazy-case-diagram';
import { LinkedCases } from '@/features/cases/components/linked-cases';
import { PartyList } from '@/features/cases/components/party-list';
import { AdjudicationCards } from '@/features/adjudication/components/adjudication-cards';
import { CaseSteps } from '@/features/adjudication/components/case-steps';
import type { AdjudicationView } from '@/features/adjudication/types';
import { OfficialDocumentsCard } from '@/features/documents/components/official-documents-card';
import { officialDocumentsOf } from '@/features/documents/lib/official-documents-of';
import { AssistanceCard, AssistanceOriginCard } from '@/features/assistance/components/assistance-card';
import { InjunctionCard, LinkedInjunctionsCard } from '@/features/injunction/components/injunction-card';
import { TaskPanel } from '@/features/inbox/components/task-panel';
import { MediationCard } from '@/features/mediation/components/mediation-card';
import { PenaltyCaseCards } from '@/features/penalty/components/penalty-case-cards';
import { useSession } from '@/shared/auth/get-session';
import { PageSpinner } from '@/shared/ui/page-spinner';
import { TASK_FORMS } from '../../task-forms';
import { QueryError } from '@/shared/ui/query-error';

export function InboxCaseRoute() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const { data: session } = useSession();
  const kase = useCase(id);

  if (kase.isPending) return <PageSpinner />;
  if (kase.isError) return <QueryError error={kase.error} onRetry={() => void kase.refetch()} />;
  const { data } = kase;
  const openTasks = data.openTasks ?? [];
  // the procedures' own parts of the case page, as their features read them
  const sections = data as unknown as AdjudicationView;

  return (
    <Flex vertical gap="middle">
      <CaseHeader kase={data} backTo="/inbox" />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <Flex vertical gap="middle">
            {openTasks.length === 0 && <Alert type="info" showIcon title={t('task.none')} />}
            {openTasks.map((task) => (
              <TaskPanel
                key={task.taskId}
                task={task}
                username={session?.user?.username ?? ''}
                forms={TASK_FORMS}
                onCompleted={() => {
                  void message.success(
                    t(task.formKey === 'acceptance-review' ? 'review.success' : 'penalty.form.done'),
                  );
                  navigate('/inbox');
                }}
              />
            ))}
            <CaseSteps kase={sections} staff />
            {data.acceptanceReview && <AcceptanceReviewResult review={data.acceptanceReview} />}
            <AdjudicationCards kase={sections} />
            {data.mediation && <MediationCard caseId={data.id} view={data.mediation} />}
            {data.caseType === 'COUNTERFEIT_PENALTY' && <PenaltyCaseCards caseId={data.id} />}
            {data.injunction && <InjunctionCard caseId={data.id} view={data.injunction} casesPath="/inbox/cases" />}
            {data.linkedInjunctions && (
              <LinkedInjunctionsCard links={data.linkedInjunctions} casesPath="/inbox/cases" />
            )}
            {data.assistance && <AssistanceCard view={data.assistance} casesPath="/inbox/cases" />}
            {data.assistanceOrigin && <AssistanceOriginCard origin={data.assistanceOrigin} casesPath="/inbox/cases" />}
            <OfficialDocumentsCard
              caseId={data.id}
              documents={officialDocumentsOf(data)}
              canRecordService
              partyRoles={[...new Set(data.parties.map((party) => party.role))]}
            />
            <CaseOverview kase={data} />
            <PartyList parties={data.parties} />
            <DocumentList caseId={data.id} documents={data.documents} />
          </Flex>
        </Col>
        <Col xs={24} xl={12}>
          <Flex vertical gap="middle">
            <CaseClocks clocks={data.clocks ?? []} />
            <LazyCaseDiagram caseId={data.id} />
            <CaseTimeline entries={data.timeline} />
            <LinkedCases cases={data.linkedCases ?? []} caseLink={(id) => `/inbox/cases/${id}`} />
          </Flex>
        </Col>
      </Row>
    </Flex>
  );
}
