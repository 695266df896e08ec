import type { OfficialDocument } from '../types';

/** The server adds the section "officialDocuments" to the case page; absent means none to show. */
export function officialDocumentsOf(caseDetail: object): OfficialDocument[] {
  const section = (caseDetail as { officialDocuments?: OfficialDocument[] }).officialDocuments;
  return Array.isArray(section) ? section : [];
}
