import { Alert, Col, Flex, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router';
import { useCase } from '@/features/cases/api/get-case';
import { AcceptanceReviewResult } from '@/features/cases/components/acceptance-review-result';
import { CaseHeader } from '@/features/cases/components/case-header';
import { CaseOverview } from '@/features/cases/components/case-overview';
import { CaseTimeline } from '@/features/cases/components/case-timeline';
import { DocumentList } from '@/features/cases/components/document-list';
import { NextStep } from '@/features/cases/components/next-step';
import { PartyList } from '@/features/cases/components/party-list';
import { AdjudicationCards } from '@/features/adjudication/components/adjudication-cards';
import { CaseSteps, RespondentNotice } from '@/features/adjudication/components/case-steps';
import type { AdjudicationView } from '@/features/adjudication/types';
import { MediationCard } from '@/features/mediation/components/mediation-card';
import { OfficialDocumentsCard } from '@/features/documents/components/official-documents-card';
import { officialDocumentsOf } from '@/features/documents/lib/official-documents-of';
import { AssistanceCard, AssistanceOriginCard } from '@/features/assistance/components/assistance-card';
import { InjunctionCard, LinkedInjunctionsCard } from '@/features/injunction/components/injunction-card';
import { SupplementCard } from '@/features/supplements/components/supplement-card';
import { useSession } from '@/shared/auth/get-session';
import { hasAnyRole } from '@/shared/auth/roles';
import { PageSpinner } from '@/shared/ui/page-spinner';
import { QueryError } from '@/shared/ui/query-error';
import type { FiledState } from './new-case';

export function PortalCaseRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const location = useLocation();
  const { data: session } = useSession();
  const kase = useCase(id);
  const filedCaseNumber = (location.state as FiledState | null)?.filedCaseNumber;

  if (kase.isPending) return <PageSpinner />;
  if (kase.isError) return <QueryError error={kase.error} onRetry={() => void kase.refetch()} />;
  const { data } = kase;
  // the procedures' own parts of the case page, as their features read them
  const sections = data as unknown as AdjudicationView;
  const supplementRequest = data.supplementRequest;
  const canSupplement = supplementRequest?.open && hasAnyRole(session?.user, ['COMPLAINANT']);

  return (
    <Flex vertical gap="middle">
      <CaseHeader kase={data} backTo="/portal" />
      {filedCaseNumber && (
        <Alert type="success" showIcon title={t('case.filedNotice', { caseNumber: filedCaseNumber })} />
      )}
      <NextStep kase={data} role={hasAnyRole(session?.user, ['RESPONDENT']) ? 'RESPONDENT' : 'REQUESTER'} />
      <RespondentNotice kase={sections} />
      {canSupplement && <SupplementCard caseId={data.id} request={supplementRequest} />}
      <CaseSteps kase={sections} answerPath={`/portal/cases/${data.id}/answer`} />
      {data.mediation && <MediationCard caseId={data.id} view={data.mediation} />}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={15}>
          <Flex vertical gap="middle">
            {data.acceptanceReview && <AcceptanceReviewResult review={data.acceptanceReview} />}
            <AdjudicationCards kase={sections} />
            {data.injunction && <InjunctionCard caseId={data.id} view={data.injunction} casesPath="/portal/cases" />}
            {data.linkedInjunctions && (
              <LinkedInjunctionsCard links={data.linkedInjunctions} casesPath="/portal/cases" />
            )}
            {data.assistance && <AssistanceCard view={data.assistance} casesPath="/portal/cases" />}
            {data.assistanceOrigin && <AssistanceOriginCard origin={data.assistanceOrigin} casesPath="/portal/cases" />}
            <OfficialDocumentsCard caseId={data.id} documents={officialDocumentsOf(data)} />
            <CaseOverview kase={data} />
            <PartyList parties={data.parties} />
            <DocumentList caseId={data.id} documents={data.documents} />
          </Flex>
        </Col>
        <Col xs={24} xl={9}>
          <CaseTimeline entries={data.timeline} />
        </Col>
      </Row>
    </Flex>
  );
}
