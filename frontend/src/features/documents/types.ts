export type ServiceMethod = 'POSTAL' | 'PERSONAL' | 'LEFT_AT_ADDRESS' | 'ELECTRONIC' | 'PUBLIC_NOTICE';

export const SERVICE_METHODS: ServiceMethod[] = [
  'ELECTRONIC',
  'POSTAL',
  'PERSONAL',
  'LEFT_AT_ADDRESS',
  'PUBLIC_NOTICE',
];

/** The service (送达) of a document on one party: periods run from servedOn. */
export type DocumentService = {
  partyRole: string;
  method: ServiceMethod;
  servedOn: string;
  /** For a public notice: the day it was published (served 30 days later). */
  publishedOn?: string | null;
  receiptRef?: string | null;
  recordedAt: string;
};

/** An official document as the case page's "officialDocuments" section lists it. */
export type OfficialDocument = {
  id: string;
  number: string;
  templateKey: string;
  title: string;
  titleEn: string;
  /** REQUESTER, RESPONDENT, ALL_PARTIES or AUTHORITY */
  addresseeRole: string;
  addresseeName: string;
  /** How it is to be served; ELECTRONIC ones are served when the addressee first opens them. */
  serviceMethod: ServiceMethod;
  issuedAt: string;
  services: DocumentService[];
};

export const ALL_PARTIES = 'ALL_PARTIES';
