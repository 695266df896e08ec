import type { UploadFile } from 'antd';
import { filesOf } from '@/shared/ui/evidence-upload';
import { checkPatentNumber, type PatentType } from '@/shared/validation/patent-number';
import type { InfringementDisputeFiling, PartyKind } from '../api/file-infringement-dispute';
import type { DraftContent } from '../api/filing-drafts';

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

/** The form as typed so far, for a draft: nothing is checked, nothing required. */
export function toDraftContent(values: Partial<FilingFormValues>): DraftContent {
  const optionalText = (value: string | undefined) => (value ?? '').trim() || undefined;
  const claims = (values.claims ?? []).map((c) => Number(String(c).trim())).filter((n) => Number.isInteger(n) && n > 0);
  return {
    officeId: values.officeId,
    requester: values.requester && {
      kind: values.requester.kind,
      name: optionalText(values.requester.name),
      idNumber: optionalText(values.requester.idNumber)?.toUpperCase(),
      address: optionalText(values.requester.address),
      contact: optionalText(values.requester.contact),
    },
    respondent: values.respondent && {
      kind: values.respondent.kind,
      name: optionalText(values.respondent.name),
      idNumber: optionalText(values.respondent.idNumber)?.toUpperCase(),
      address: optionalText(values.respondent.address),
      contact: optionalText(values.respondent.contact),
      domicileInChina: values.respondent.domicileInChina,
    },
    patent: values.patent && {
      number: optionalText(values.patent.number),
      type: values.patent.type,
      title: optionalText(values.patent.title),
    },
    claims: claims.length ? [...new Set(claims)].sort((a, b) => a - b) : undefined,
    factsAndReasons: optionalText(values.factsAndReasons),
    requestedMeasures: optionalText(values.requestedMeasures),
  };
}

/** A draft back into the form. */
export function fromDraftContent(content: DraftContent): FilingFormValues {
  return {
    officeId: content.officeId,
    requester: { ...INITIAL_FILING_VALUES.requester, ...content.requester } as FilingFormValues['requester'],
    respondent: { ...INITIAL_FILING_VALUES.respondent, ...content.respondent } as FilingFormValues['respondent'],
    patent: { ...content.patent },
    claims: (content.claims ?? []).map(String),
    factsAndReasons: content.factsAndReasons,
    requestedMeasures: content.requestedMeasures,
    evidence: [],
  };
}
