import { AssistancePoolAdmin } from '@/features/assistance/components/assistance-pool-admin';
import { useOfficeOptions } from '@/shared/api/get-offices';

export function AssistancePoolRoute() {
  const offices = useOfficeOptions();
  return <AssistancePoolAdmin districts={offices.options} />;
}
