/** The file itself is fetched by the browser through a plain link, so it streams to disk. */
export function documentContentUrl(caseId: string, documentId: string): string {
  return `/api/cases/${encodeURIComponent(caseId)}/documents/${encodeURIComponent(documentId)}/content`;
}
