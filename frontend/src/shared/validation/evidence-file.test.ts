import { checkEvidenceFile, MAX_FILE_BYTES } from './evidence-file';

describe('evidence file', () => {
  it('accepts PDF, JPEG and PNG up to 20 MB', () => {
    expect(checkEvidenceFile({ name: 'a.pdf', type: 'application/pdf', size: MAX_FILE_BYTES })).toBeNull();
    expect(checkEvidenceFile({ name: 'a.JPG', type: 'image/jpeg', size: 1 })).toBeNull();
    expect(checkEvidenceFile({ name: 'a.png', type: '', size: 1 })).toBeNull();
  });

  it('refuses other types', () => {
    expect(checkEvidenceFile({ name: 'a.docx', type: 'application/msword', size: 1 })).toBe('type');
    expect(checkEvidenceFile({ name: 'a.exe', type: '', size: 1 })).toBe('type');
  });

  it('refuses a file over 20 MB', () => {
    expect(checkEvidenceFile({ name: 'a.pdf', type: 'application/pdf', size: MAX_FILE_BYTES + 1 })).toBe('size');
  });
});
