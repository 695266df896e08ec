import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { MediationRequestForm } from '@/features/mediation/components/mediation-request-form';
import { FormPage } from '@/shared/layout/form-page';
import type { FiledState } from './new-case';

/** A mediation of its own (Order 81 art. 63–64), filed in the portal. */
export function NewMediationRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <FormPage title={t('mediation.standalone.title')}>
      <MediationRequestForm
        onFiled={(filed) =>
          navigate(`/portal/cases/${filed.id}`, { state: { filedCaseNumber: filed.caseNumber } satisfies FiledState })
        }
      />
    </FormPage>
  );
}
