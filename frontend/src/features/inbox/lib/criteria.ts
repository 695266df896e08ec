import type { InboxCriteria, InboxSort, InboxView } from '../types';

const VIEWS: InboxView[] = ['MINE', 'UNCLAIMED', 'PANEL', 'ALL', 'OFFICE'];
const SORTS: InboxSort[] = ['DUE', 'CREATED', 'PRIORITY'];
/** The criteria whose value is a word the user typed or chose, in the order the server lists them. */
export const TEXT_FIELDS = ['q', 'processKey', 'taskKey', 'caseType', 'officeId', 'party', 'patentNumber'] as const;
export type TextField = (typeof TEXT_FIELDS)[number];
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export const DEFAULT_VIEW: InboxView = 'MINE';

/** Reads criteria from the address bar; anything malformed is left out rather than sent. */
export function criteriaFromSearch(search: URLSearchParams): InboxCriteria {
  const criteria: InboxCriteria = {};
  const view = search.get('view');
  criteria.view = VIEWS.find((v) => v === view) ?? DEFAULT_VIEW;
  for (const field of TEXT_FIELDS) {
    const value = search.get(field)?.trim();
    if (value) criteria[field] = value;
  }
  for (const field of ['dueFrom', 'dueTo'] as const) {
    const value = search.get(field);
    if (value && DATE.test(value)) criteria[field] = value;
  }
  const overdue = search.get('overdue');
  if (overdue === 'true' || overdue === 'false') criteria.overdue = overdue === 'true';
  const sort = search.get('sort');
  const known = SORTS.find((s) => s === sort);
  if (known) criteria.sort = known;
  return criteria;
}

/** Writes criteria to the address bar, leaving defaults and empty fields out. */
export function criteriaToSearch(criteria: InboxCriteria): URLSearchParams {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(criteria)) {
    if (value === undefined || value === null || value === '') continue;
    if (key === 'view' && value === DEFAULT_VIEW) continue;
    if (key === 'sort' && value === 'DUE') continue;
    search.set(key, String(value));
  }
  return search;
}

/** The request parameters: every criterion the server takes, the view always. */
export function criteriaToParams(criteria: InboxCriteria): Record<string, string | boolean | undefined> {
  const params: Record<string, string | boolean | undefined> = { view: criteria.view ?? DEFAULT_VIEW };
  for (const field of [...TEXT_FIELDS, 'dueFrom', 'dueTo', 'overdue', 'sort'] as const) params[field] = criteria[field];
  return params;
}

/** How many filters narrow the view (the view and the order do not count). */
export function activeFilterCount(criteria: InboxCriteria): number {
  const { view: _view, sort: _sort, dueTo, ...rest } = criteria;
  void _view;
  void _sort;
  return Object.values(rest).filter((v) => v !== undefined && v !== '').length + (dueTo && !criteria.dueFrom ? 1 : 0);
}
