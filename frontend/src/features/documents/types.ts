import type { ApiSchema } from '@/shared/api/api-schema';

/** The service (送达) of a document on one party: periods run from servedOn. */
export type DocumentService = ApiSchema<'OfficialDocuments.ServiceRecord'>;
export type ServiceMethod = DocumentService['method'];

export const SERVICE_METHODS: ServiceMethod[] = [
  'ELECTRONIC',
  'POSTAL',
  'PERSONAL',
  'LEFT_AT_ADDRESS',
  'PUBLIC_NOTICE',
];

/**
 * An official document as the case page's "officialDocuments" section lists it. Sections come
 * through the server's @JsonAnyGetter, which the OpenAPI document does not describe yet.
 */
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
