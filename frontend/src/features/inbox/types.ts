export type InboxView = 'MINE' | 'UNCLAIMED' | 'PANEL' | 'ALL' | 'OFFICE';
export type InboxSort = 'DUE' | 'CREATED' | 'PRIORITY';
export type TaskAction = 'CLAIM' | 'UNCLAIM' | 'COMPLETE' | 'DELEGATE' | 'RETURN' | 'TRANSFER' | 'REASSIGN';

/** What the inbox is asked for: the server's InboxCriteria, as kept in the address bar and saved filters. */
export type InboxCriteria = {
  view?: InboxView;
  q?: string;
  processKey?: string;
  taskKey?: string;
  caseType?: string;
  officeId?: string;
  party?: string;
  patentNumber?: string;
  /** YYYY-MM-DD, office time */
  dueFrom?: string;
  dueTo?: string;
  overdue?: boolean;
  sort?: InboxSort;
};

export type InboxTask = {
  taskId: string;
  taskKey: string;
  taskName: string;
  formKey?: string | null;
  processKey?: string | null;
  caseId: string;
  caseNumber: string;
  caseType: string;
  patentNumber: string;
  requesterName: string;
  respondentName: string;
  createdAt: string;
  dueAt?: string | null;
  priority: number;
  assignee?: string | null;
  assigneeName?: string | null;
  owner?: string | null;
  ownerName?: string | null;
  delegationState?: 'PENDING' | 'RESOLVED' | null;
  officeId: string;
  candidateGroup?: string | null;
};

/** `total` is the count's limit when `moreThanTotal`: the server stops counting a very long view. */
export type TaskPage = { items: InboxTask[]; total: number; moreThanTotal: boolean; actingFor: string[] };

/** An open task as the case page lists it, with what the viewer may do with it now. */
export type CaseTask = {
  taskId: string;
  taskKey: string;
  name: string;
  assignee?: string | null;
  assigneeName?: string | null;
  owner?: string | null;
  ownerName?: string | null;
  delegationState?: 'PENDING' | 'RESOLVED' | null;
  dueAt?: string | null;
  formKey?: string | null;
  officeId?: string;
  /** TaskAction names */
  allowedActions?: string[];
};

/** The task as it stands after someone else's change, from the body of a 409. */
export type TaskState = {
  taskId: string;
  status: 'OPEN' | 'COMPLETED' | 'CLOSED';
  name?: string;
  assignee?: string | null;
  assigneeName?: string | null;
  completedAt?: string | null;
  completedBy?: string | null;
  delegationState?: string | null;
};

export type FilterOptions = {
  models: { key: string; name?: string | null; tasks: { key: string; name?: string | null }[] }[];
  caseTypes: string[];
  offices: { id: string; nameZh: string; nameEn: string }[];
};

export type Colleague = { username: string; displayName: string; supervisor: boolean; officeId: string };

export type SavedFilter = {
  id: string;
  name: string;
  criteria: InboxCriteria;
  shared: boolean;
  owner: string;
  ownerName: string;
  mine: boolean;
};

export type Substitution = {
  id: number;
  absentUser: string;
  absentName: string;
  substitute: string;
  substituteName: string;
  startsOn: string;
  endsOn: string;
  reason?: string | null;
};
