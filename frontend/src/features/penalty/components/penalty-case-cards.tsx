import { Flex } from 'antd';
import { usePenaltyCase } from '../api/penalty-case';
import { ExecutionCard } from './execution-card';
import { GainsCard } from './gains-card';
import { MeasuresCard } from './measures-card';
import { OverviewCard } from './overview-card';
import { RightsCard } from './rights-card';
import { SeizuresCard } from './seizures-card';

/** The counterfeit-patent case on the inbox's case page, for its office's staff. */
export function PenaltyCaseCards({ caseId }: { caseId: string }) {
  const kase = usePenaltyCase(caseId);
  const penalty = kase.data?.penalty;
  if (!kase.data || !penalty) return null;
  const stage = kase.data.stage;
  const investigating = stage === 'INVESTIGATION';
  const casePeriod = kase.data.clocks?.find((c) => c.key === 'case-period');
  return (
    <Flex vertical gap="middle">
      <OverviewCard caseId={caseId} stage={stage} penalty={penalty} casePeriod={casePeriod} />
      <MeasuresCard caseId={caseId} penalty={penalty} editable={investigating} />
      <GainsCard caseId={caseId} penalty={penalty} editable={investigating} />
      <SeizuresCard caseId={caseId} penalty={penalty} editable={investigating} />
      <RightsCard caseId={caseId} penalty={penalty} stage={stage} />
      <ExecutionCard caseId={caseId} penalty={penalty} stage={stage} />
    </Flex>
  );
}
