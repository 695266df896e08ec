import type { ApiSchema } from '@/shared/api/api-schema';

/** What the inbox is asked for, as kept in the address bar and saved filters. */
export type InboxCriteria = ApiSchema<'InboxCriteria'>;
export type InboxView = NonNullable<InboxCriteria['view']>;
export type InboxSort = NonNullable<InboxCriteria['sort']>;

export type InboxTask = ApiSchema<'InboxTask'>;

/** `total` is the count's limit when `moreThanTotal`: the server stops counting a very long view. */
export type TaskPage = ApiSchema<'InboxTasks.TaskPage'>;

/**
 * A task as it stands, with what the viewer may do with it now: one of the case page's open tasks,
 * one task of the inbox, or (finished by then) the body of a 409 after someone else's change.
 */
export type TaskState = ApiSchema<'TaskActions.TaskState'>;
export type TaskAction = TaskState['allowedActions'][number];

export type FilterOptions = ApiSchema<'InboxSettingsController.FilterOptions'>;
export type Colleague = ApiSchema<'InboxSettingsController.Colleague'>;
export type SavedFilter = ApiSchema<'SavedFilters.SavedFilter'>;
export type Substitution = ApiSchema<'Substitutions.Substitution'>;
