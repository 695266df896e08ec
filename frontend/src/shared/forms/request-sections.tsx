import type { ReactNode } from 'react';
import { FormSection } from '@/shared/ui/form-section';
import { OfficeField } from './office-field';
import { PartyFields } from './party-fields';
import { PatentFields } from './patent-fields';

type Props = {
  /** What the office, the two parties and the patent are called in this kind of request. */
  titles: { office: string; requester: string; respondent: string; patent: string };
  /** The office field's own label, where it is not the section's. */
  officeLabel?: string;
  /** What else the request asks of its requester (a small firm's priority, say). */
  requesterExtra?: ReactNode;
};

/**
 * The sections every request to an office begins with: the office it goes to, the requester (who
 * must identify themselves), the other side, and the patent.
 */
export function RequestSections({ titles, officeLabel, requesterExtra }: Props) {
  return (
    <>
      <FormSection title={titles.office}>
        <OfficeField label={officeLabel} />
      </FormSection>
      <FormSection title={titles.requester}>
        <PartyFields prefix="requester" identityRequired />
        {requesterExtra}
      </FormSection>
      <FormSection title={titles.respondent}>
        <PartyFields prefix="respondent" identityRequired={false} />
      </FormSection>
      <FormSection title={titles.patent}>
        <PatentFields />
      </FormSection>
    </>
  );
}
