export type Standing = 'ON_TRACK' | 'DUE_SOON' | 'OVERDUE' | 'PAUSED';

export type BoardTask = {
  taskId: string;
  name: string;
  assignee?: string | null;
  assigneeName?: string | null;
  candidateGroup?: string | null;
};

export type BoardRow = {
  caseId: string;
  caseNumber: string;
  caseType: string;
  stage: string;
  officeId: string;
  key: string;
  period: { unit: string; amount: number };
  lastDay: string;
  dueAt: string;
  state: 'RUNNING' | 'PAUSED' | 'STOPPED';
  pausedDays: number;
  extended: boolean;
  status: 'ON_TRACK' | 'DUE_SOON' | 'OVERDUE';
  workingDaysLeft?: number | null;
  calendarDaysLeft?: number | null;
  tasks: BoardTask[];
};

export type Workload = {
  assignee?: string | null;
  assigneeName?: string | null;
  openTasks: number;
  overdueTasks: number;
  onTrack: number;
  dueSoon: number;
  overdue: number;
  paused: number;
};

export type BoardOffice = { id: string; nameZh: string; nameEn: string };

export type Board = {
  rows: BoardRow[];
  total: number;
  totals: Record<Standing | 'EXTENDED', number>;
  workload: Workload[];
  offices: BoardOffice[];
};

export type BoardFilter = {
  officeId?: string;
  status?: Standing | 'EXTENDED';
  clockKey?: string;
  officer?: string;
  q?: string;
};

export type Charts = {
  stages: { stage: string; cases: number }[];
  overdueTrend: { week: string; due: number; late: number }[];
  timePerStep: { taskKey: string; name?: string | null; completed: number; medianHours: number; p90Hours: number }[];
};

/** An approval waiting for a supervisor: an inbox task of a supervisors' group. */
export type Approval = {
  taskId: string;
  taskName: string;
  caseId: string;
  caseNumber: string;
  dueAt?: string | null;
  assignee?: string | null;
  assigneeName?: string | null;
  officeId: string;
};
