import { useNavigate } from 'react-router';
import { MediationRequestForm } from '@/features/mediation/components/mediation-request-form';
import type { FiledState } from './new-case';

/** A mediation of its own (Order 81 art. 63–64), filed in the portal. */
export function NewMediationRoute() {
  const navigate = useNavigate();
  return (
    <MediationRequestForm
      onFiled={(filed) =>
        navigate(`/portal/cases/${filed.id}`, { state: { filedCaseNumber: filed.caseNumber } satisfies FiledState })
      }
    />
  );
}
