import { Alert } from 'antd';
import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { AdjudicationCards } from '@/features/adjudication/components/adjudication-cards';
import { CaseSteps, RespondentNotice } from '@/features/adjudication/components/case-steps';
import { AssistanceCard, AssistanceOriginCard } from '@/features/assistance/components/assistance-card';
import { AcceptanceReviewResult } from '@/features/cases/components/acceptance-review-result';
import { CaseClocks } from '@/features/cases/components/case-clocks';
import { CaseOverview } from '@/features/cases/components/case-overview';
import { CaseTimeline } from '@/features/cases/components/case-timeline';
import { DocumentList } from '@/features/cases/components/document-list';
import { LazyCaseDiagram } from '@/features/cases/components/lazy-case-diagram';
import { LinkedCases } from '@/features/cases/components/linked-cases';
import { NextStep } from '@/features/cases/components/next-step';
import { PartyList } from '@/features/cases/components/party-list';
import type { CaseDetail } from '@/features/cases/types';
import { OfficialDocumentsCard } from '@/features/documents/components/official-documents-card';
import { officialDocumentsOf } from '@/features/documents/lib/official-documents-of';
import { TaskPanel } from '@/features/inbox/components/task-panel';
import { InjunctionCard, LinkedInjunctionsCard } from '@/features/injunction/components/injunction-card';
import { MediationCard } from '@/features/mediation/components/mediation-card';
import { PenaltyCaseCards } from '@/features/penalty/components/penalty-case-cards';
import { SupplementCard } from '@/features/supplements/components/supplement-card';
import type { User } from '@/shared/auth/get-session';
import { hasAnyRole } from '@/shared/auth/roles';
import { TASK_FORMS } from './task-forms';

/**
 * The case page as the server sends it: the case, and the sections the capabilities add for the
 * viewer under their own names, each typed by the API's document.
 */
export type CasePage = CaseDetail;

export type CasePageKind = 'inbox' | 'portal';

/** Above the columns (full width), the wide column, or the narrow one beside it. */
export type CaseColumn = 'top' | 'main' | 'side';

/** What a section is drawn from: the case, who looks at it, and what the page lends it. */
export type CaseSectionProps = {
  kase: CasePage;
  page: CasePageKind;
  user: User | undefined;
  /** where a case opens on this page (`/inbox/cases`, `/portal/cases`) */
  casesPath: string;
  /** the inbox's answer to a task completed on the page */
  onTaskCompleted?: (formKey: string | null | undefined) => void;
};

/** Where a section stands on a page: its column, and its place in it (lower first). */
export type CasePlace = { column: CaseColumn; order: number };

export type CaseSection = {
  /** the section's name: the server's section it draws, or what it shows */
  name: string;
  /** the feature's component that draws it, given the page's props; it draws nothing when there is nothing to show */
  draw: ComponentType<CaseSectionProps>;
  /** on the officers' case page; absent: not there */
  inbox?: CasePlace;
  /** on the parties' case page; absent: not there */
  portal?: CasePlace;
};

const top = (order: number): CasePlace => ({ column: 'top', order });
const main = (order: number): CasePlace => ({ column: 'main', order });
const side = (order: number): CasePlace => ({ column: 'side', order });

function OpenTasks({ kase, user, onTaskCompleted }: CaseSectionProps) {
  const { t } = useTranslation();
  const openTasks = kase.openTasks ?? [];
  if (openTasks.length === 0) return <Alert type="info" showIcon title={t('task.none')} />;
  return openTasks.map((task) => (
    <TaskPanel
      key={task.taskId}
      task={task}
      username={user?.username ?? ''}
      forms={TASK_FORMS}
      onCompleted={() => onTaskCompleted?.(task.formKey)}
    />
  ));
}

/**
 * Every part of the case page, composed from the features that own them, and where each stands on
 * the officers' page (inbox) and the parties' (portal). Both case routes draw from this list alone.
 */
export const CASE_SECTIONS: CaseSection[] = [
  { name: 'openTasks', inbox: main(10), draw: OpenTasks },
  {
    name: 'nextStep',
    portal: top(10),
    draw: ({ kase, user }) => (
      <NextStep kase={kase} role={hasAnyRole(user, ['RESPONDENT']) ? 'RESPONDENT' : 'REQUESTER'} />
    ),
  },
  { name: 'respondentNotice', portal: top(20), draw: ({ kase }) => <RespondentNotice kase={kase} /> },
  {
    name: 'supplementRequest',
    portal: top(30),
    draw: ({ kase, user }) =>
      kase.supplementRequest?.open && hasAnyRole(user, ['COMPLAINANT']) ? (
        <SupplementCard caseId={kase.id} request={kase.supplementRequest} />
      ) : null,
  },
  {
    name: 'availableSteps',
    inbox: main(20),
    portal: top(40),
    draw: ({ kase, page }) =>
      page === 'inbox' ? (
        <CaseSteps kase={kase} staff />
      ) : (
        <CaseSteps kase={kase} answerPath={`/portal/cases/${kase.id}/answer`} />
      ),
  },
  {
    name: 'acceptanceReview',
    inbox: main(30),
    portal: main(10),
    draw: ({ kase }) => (kase.acceptanceReview ? <AcceptanceReviewResult review={kase.acceptanceReview} /> : null),
  },
  { name: 'adjudication', inbox: main(40), portal: main(20), draw: ({ kase }) => <AdjudicationCards kase={kase} /> },
  {
    name: 'mediation',
    inbox: main(50),
    portal: top(50),
    draw: ({ kase }) => (kase.mediation ? <MediationCard caseId={kase.id} view={kase.mediation} /> : null),
  },
  {
    name: 'penalty',
    inbox: main(60),
    draw: ({ kase }) => (kase.caseType === 'COUNTERFEIT_PENALTY' ? <PenaltyCaseCards caseId={kase.id} /> : null),
  },
  {
    name: 'injunction',
    inbox: main(70),
    portal: main(30),
    draw: ({ kase, casesPath }) =>
      kase.injunction ? <InjunctionCard caseId={kase.id} view={kase.injunction} casesPath={casesPath} /> : null,
  },
  {
    name: 'linkedInjunctions',
    inbox: main(75),
    portal: main(35),
    draw: ({ kase, casesPath }) =>
      kase.linkedInjunctions ? <LinkedInjunctionsCard links={kase.linkedInjunctions} casesPath={casesPath} /> : null,
  },
  {
    name: 'assistance',
    inbox: main(80),
    portal: main(40),
    draw: ({ kase, casesPath }) =>
      kase.assistance ? <AssistanceCard view={kase.assistance} casesPath={casesPath} /> : null,
  },
  {
    name: 'assistanceOrigin',
    inbox: main(85),
    portal: main(45),
    draw: ({ kase, casesPath }) =>
      kase.assistanceOrigin ? <AssistanceOriginCard origin={kase.assistanceOrigin} casesPath={casesPath} /> : null,
  },
  {
    name: 'officialDocuments',
    inbox: main(90),
    portal: main(50),
    draw: ({ kase, page }) =>
      page === 'inbox' ? (
        <OfficialDocumentsCard
          caseId={kase.id}
          documents={officialDocumentsOf(kase)}
          canRecordService
          partyRoles={[...new Set(kase.parties.map((party) => party.role))]}
        />
      ) : (
        <OfficialDocumentsCard caseId={kase.id} documents={officialDocumentsOf(kase)} />
      ),
  },
  { name: 'overview', inbox: main(100), portal: main(60), draw: ({ kase }) => <CaseOverview kase={kase} /> },
  { name: 'parties', inbox: main(110), portal: main(70), draw: ({ kase }) => <PartyList parties={kase.parties} /> },
  {
    name: 'documents',
    inbox: main(120),
    portal: main(80),
    draw: ({ kase }) => <DocumentList caseId={kase.id} documents={kase.documents} />,
  },
  { name: 'clocks', inbox: side(10), draw: ({ kase }) => <CaseClocks clocks={kase.clocks ?? []} /> },
  { name: 'diagram', inbox: side(20), draw: ({ kase }) => <LazyCaseDiagram caseId={kase.id} /> },
  { name: 'timeline', inbox: side(30), portal: side(10), draw: ({ kase }) => <CaseTimeline entries={kase.timeline} /> },
  {
    name: 'linkedCases',
    inbox: side(40),
    draw: ({ kase, casesPath }) => (
      <LinkedCases cases={kase.linkedCases ?? []} caseLink={(id) => `${casesPath}/${id}`} />
    ),
  },
];

/** The sections of one column of a page, in their order. */
export function sectionsOf(page: CasePageKind, column: CaseColumn, sections = CASE_SECTIONS): CaseSection[] {
  return sections
    .filter((section) => section[page]?.column === column)
    .sort((a, b) => (a[page]?.order ?? 0) - (b[page]?.order ?? 0));
}
