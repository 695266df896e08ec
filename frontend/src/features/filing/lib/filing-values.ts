import type { UploadFile } from 'antd';
import { filesOf } from '@/shared/ui/evidence-upload';
import { checkPatentNumber, type PatentType } from '@/shared/validation/patent-number';
import type { InfringementDisputeFiling, PartyKind } from '../api/file-infringement-dispute';

/** What the filing form holds while a person types: strings, as the controls give them. */
export type FilingFormValues = {
  officeId?: string;
  requester: { kind: PartyKind; name?: string; idNumber?: string; address?: string; contact?: string };
  respondent: {
    kind: PartyKind;
    name?: string;
    idNumber?: string;
    address?: string;
    contact?: string;
    domicileInChina: boolean;
  };
  patent: { number?: string; type?: PatentType; title?: string };
  claims: string[];
  factsAndReasons?: string;
  requestedMeasures?: string;
  evidence: UploadFile[];
};

export const INITIAL_FILING_VALUES: FilingFormValues = {
  requester: { kind: 'PERSON' },
  respondent: { kind: 'ORGANISATION', domicileInChina: true },
  patent: {},
  claims: [],
  evidence: [],
};

const text = (value: string | undefined) => (value ?? '').trim();
const optional = (value: string | undefined) => text(value) || undefined;

export function parseClaimNumbers(claims: string[]): number[] {
  return [...new Set(claims.map((claim) => Number(String(claim).trim())))].sort((a, b) => a - b);
}

/** Turns validated form values into the request the server takes, and the files that go with it. */
export function toFiling(values: FilingFormValues): { filing: InfringementDisputeFiling; evidence: File[] } {
  const patentNumber = checkPatentNumber(text(values.patent.number));
  return {
    filing: {
      officeId: values.officeId ?? '',
      requester: {
        kind: values.requester.kind,
        name: text(values.requester.name),
        idNumber: text(values.requester.idNumber).toUpperCase(),
        address: text(values.requester.address),
        contact: text(values.requester.contact),
      },
      respondent: {
        kind: values.respondent.kind,
        name: text(values.respondent.name),
        idNumber: optional(values.respondent.idNumber)?.toUpperCase(),
        address: text(values.respondent.address),
        contact: optional(values.respondent.contact),
        domicileInChina: values.respondent.domicileInChina,
      },
      patent: {
        number: patentNumber.valid ? patentNumber.number : text(values.patent.number),
        type: values.patent.type as PatentType,
        title: text(values.patent.title),
      },
      claims: parseClaimNumbers(values.claims),
      factsAndReasons: text(values.factsAndReasons),
      requestedMeasures: text(values.requestedMeasures),
    },
    evidence: filesOf(values.evidence),
  };
}
