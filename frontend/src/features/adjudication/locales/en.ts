import type { AdjudicationMessages } from './zh-cn';

export const en: AdjudicationMessages = {
  decision: {
    ACCEPT: 'Accept',
    REFUSE: 'Refuse',
    SUPPLEMENT: 'Request a supplement',
  },
  review: {
    title: 'Acceptance review',
    decision: 'Decision',
    reasons: 'Reasons',
    reasonsHint: 'A refusal must give its reasons',
    reasonsRequired: 'Please give the reasons for refusing',
    missingItems: 'Items to supplement',
    missingItem: 'Item {{index}}',
    missingItemRequired: 'Please describe the item',
    missingItemsRequired: 'Please list at least one item to supplement',
    addItem: 'Add an item',
    removeItem: 'Remove item {{index}}',
    dueDate: 'Supplement due date',
    dueDateRequired: 'Please choose a due date',
    dueDateFuture: 'The due date must be after today',
    submit: 'Submit the decision',
    success: 'Acceptance decision submitted',
    failed: 'The decision was not submitted',
  },
};
