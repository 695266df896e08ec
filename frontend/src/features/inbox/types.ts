export type InboxView = 'MINE' | 'UNCLAIMED' | 'ALL';

export type InboxTask = {
  taskId: string;
  taskKey: string;
  taskName: string;
  formKey?: string | null;
  caseId: string;
  caseNumber: string;
  patentNumber: string;
  requesterName: string;
  respondentName: string;
  createdAt: string;
  dueAt?: string | null;
  assignee?: string | null;
  officeId: string;
};

/** An open task as the case page lists it. */
export type CaseTask = {
  taskId: string;
  taskKey: string;
  name: string;
  assignee?: string | null;
  dueAt?: string | null;
  formKey?: string | null;
};

