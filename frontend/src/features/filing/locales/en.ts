import type { FilingMessages } from './zh-cn';

export const en: FilingMessages = {
  wizard: {
    steps: {
      office: 'Office and requester',
      respondent: 'Respondent',
      patent: 'Patent and requests',
      evidence: 'Evidence',
      review: 'Review and file',
    },
    stepOf: 'Step {{current}} of {{total}}: {{title}}',
    next: 'Next',
    previous: 'Back',
    saveDraft: 'Save draft',
    saving: 'Saving the draft…',
    savedAt: 'Draft saved at {{time}}; you can come back to it any time',
    saveFailed: 'The draft was not saved: {{detail}}',
    evidenceIntro:
      'Each file is uploaded and checked as soon as you choose it; please stay on this page until it is done.',
    noEvidence: 'No evidence uploaded (you may still send it later)',
    reviewIntro:
      'Please check everything below, then file. The office decides within 5 working days whether to accept the case.',
    fixStep: 'Something in “{{step}}” needs changing',
    evidenceCount: '{{count}} files',
  },
  drafts: {
    title: 'Unfiled drafts',
    resume: 'Continue',
    delete: 'Delete draft',
    deleted: 'Draft deleted',
    untitled: 'Request without a patent number yet',
    describe: '{{patent}} · respondent: {{respondent}} · {{files}} files · saved {{time}}',
    noRespondent: 'not given',
  },
};
