import type { ApiSchema } from '@/shared/api/api-schema';

export type BoardRow = ApiSchema<'SlaBoard.BoardRow'>;
export type BoardTask = ApiSchema<'SlaBoard.BoardTask'>;
export type Workload = ApiSchema<'SlaBoard.Workload'>;
export type Board = ApiSchema<'SlaBoard.Board'>;
export type Charts = ApiSchema<'SlaBoard.Charts'>;

/** How a running clock stands on the board: its status, or paused whatever its status. */
export type Standing = BoardRow['status'] | 'PAUSED';

/** The server reads `status` as text (a standing or EXTENDED); the board offers only those. */
export type BoardFilter = Omit<ApiSchema<'SlaBoard.BoardFilter'>, 'status'> & { status?: Standing | 'EXTENDED' };

/** An approval waiting for a supervisor: an inbox task of a supervisors' group. */
export type Approval = ApiSchema<'InboxTask'>;
export type ApprovalPage = ApiSchema<'InboxTasks.TaskPage'>;
