// The server reads the bytes; these checks only spare the person an upload that would be refused.
export const EVIDENCE_TYPES: Record<string, string[]> = {
  'application/pdf': ['.pdf'],
  'image/jpeg': ['.jpg', '.jpeg'],
  'image/png': ['.png'],
};
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
export const MAX_REQUEST_BYTES = 50 * 1024 * 1024;
export const EVIDENCE_ACCEPT = Object.entries(EVIDENCE_TYPES).flat(2).join(',');

export type EvidenceFileProblem = 'type' | 'size' | null;

export function checkEvidenceFile(file: { name: string; type: string; size: number }): EvidenceFileProblem {
  const name = file.name.toLowerCase();
  const knownType = file.type in EVIDENCE_TYPES;
  const knownExtension = Object.values(EVIDENCE_TYPES).some((extensions) =>
    extensions.some((extension) => name.endsWith(extension)),
  );
  // Some systems report no MIME type at all; fall back to the extension then.
  if (file.type ? !knownType : !knownExtension) return 'type';
  if (file.size > MAX_FILE_BYTES) return 'size';
  return null;
}
