import type { MediationMessages } from './zh-cn';

export const en: MediationMessages = {
  clock: {
    'mediation-notice': 'Notice to the other side',
    'mediation-opinion': 'Other side’s opinion',
    'mediation-filing': 'Filing the mediation',
    'mediation-period': 'Mediation',
    'mediation-not-filed-notice': 'Notice of no mediation',
  },
  stage: {
    MEDIATION_REQUESTED: 'Mediation requested',
    AWAITING_OPINION: 'Awaiting the other side',
    MEDIATING: 'Mediating',
    MEDIATION_AGREED: 'Agreement reached',
    MEDIATION_FAILED: 'Mediation failed',
    MEDIATION_NOT_FILED: 'Not filed',
  },
  nextStep: {
    MEDIATION_REQUESTED: 'The office sends the other side a notice to state its opinion within 5 working days.',
    AWAITING_OPINION:
      'The other side has 15 days from receipt to say whether it agrees; on consent the office files the mediation within 5 working days and says when and where.',
    MEDIATING:
      'Attend the mediation when and where notified. A requester absent without good reason is deemed to withdraw; an absent respondent is taken not to agree.',
    MEDIATION_AGREED:
      'The parties reached an agreement. One with payment obligations and a commitment to accept enforcement may be notarised as enforceable.',
    MEDIATION_FAILED: 'No agreement: the mediation is withdrawn. The parties may sue in court.',
    MEDIATION_NOT_FILED:
      'The other side did not agree or did not answer, so no mediation was filed. The parties may sue in court.',
  },
  caseType: {
    MEDIATION: 'Patent dispute mediation',
  },
  timeline: {
    MEDIATION_REQUESTED: 'asked for mediation',
    MEDIATION_NOTICE_ISSUED: 'sent the other side the notice to state its opinion',
    MEDIATION_NOTICE_SERVED: 'the other side received the notice',
    MEDIATION_OPINION_STATED: 'the other side stated its opinion',
    MEDIATION_FILED: 'filed the mediation and gave the time and place',
    MEDIATION_SESSION_HELD: 'held the mediation',
    MEDIATION_AGREED: 'the parties reached an agreement',
    MEDIATION_NOT_FILED: 'did not file the mediation',
    MEDIATION_CLOSED: 'withdrew the mediation',
  },
  mediation: {
    title: 'Mediation',
    subject: 'Subject',
    subjects: {
      INFRINGEMENT: 'The infringement dispute',
      DAMAGES: 'Damages for infringement',
      OWNERSHIP: 'Ownership of an application or patent',
      INVENTOR_STATUS: 'Inventor or designer status',
      EMPLOYEE_REWARD: 'Rewards for an employee invention',
      PROVISIONAL_USE_FEE: 'Fees for use between publication and grant',
      OTHER: 'Another patent dispute',
    },
    requestedBy: 'Asked by',
    request: 'What is to be mediated, and why',
    opinionDue: 'Opinion due by',
    opinion: 'The other side',
    opinions: { AGREE: 'Agrees', REFUSE: 'Does not agree' },
    session: 'When and where',
    outcome: 'Outcome',
    outcomes: {
      AGREEMENT: 'Agreement reached',
      FAILED: 'No agreement',
      REQUESTER_ABSENT: 'Requester absent: deemed withdrawn',
      RESPONDENT_ABSENT: 'Respondent absent: no agreement',
      NOT_FILED: 'Not filed',
    },
    terms: 'Terms',
    amount: 'Amount payable (yuan)',
    notarisation:
      'The agreement holds payment obligations and a commitment to accept enforcement: the parties may have it notarised as enforceable (art. 35 ¶2).',
    judicialConfirmation: 'The parties may also ask a court to confirm it, where the local arrangement allows.',
    requestAction: 'Ask for mediation',
    requestHint:
      'While the case is handled the dispute may be mediated; after a decision finding infringement is served, the damages. Mediation is voluntary: the other side must agree.',
    stateOpinion: 'State your opinion',
    consents: 'I agree to mediate',
    opinionText: 'Opinion',
    submit: 'Submit',
    success: 'Submitted',
    standalone: {
      title: 'Ask to mediate a patent dispute',
      intro:
        'Fields marked * are required. The office tells the other side within 5 working days of receiving the request; it has 15 days to say whether it agrees.',
      files: 'Attachments (for damages, a copy of the decision finding infringement)',
      submit: 'Submit the request',
      entry: 'Ask to mediate a patent dispute',
    },
  },
};
