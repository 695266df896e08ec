/** RFC 9457 problem details, as every endpoint of the server reports an error. */
export type FieldError = { field: string; message: string };

export type Problem = {
  type?: string;
  title?: string;
  status: number;
  detail?: string;
  errors?: FieldError[];
  /** Further properties a problem may carry, e.g. a task's fresh state with a 409. */
  [property: string]: unknown;
};

export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(problem.detail ?? problem.title ?? `HTTP ${problem.status}`);
    this.name = 'ApiError';
    this.status = problem.status;
    this.problem = problem;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

type NamePath = (string | number)[];

/**
 * Matches the server's dotted field paths (`requester.idNumber`, `claims[0]`) to the fields a form
 * has, taking the deepest field that contains the path, so a message about `claims[0]` lands on
 * `claims`. What matches no field is returned to be shown with the form as a whole.
 */
export function matchFieldErrors(errors: FieldError[], formFields: NamePath[]) {
  const known = formFields.map((name) => ({ name, path: name.join('.') }));
  const matched = new Map<string, { name: NamePath; errors: string[] }>();
  const unmatched: FieldError[] = [];
  for (const error of errors) {
    const path = error.field.replace(/\[(\d+)\]/g, '.$1');
    const field = known
      .filter((candidate) => path === candidate.path || path.startsWith(`${candidate.path}.`))
      .sort((a, b) => b.path.length - a.path.length)[0];
    if (!field) unmatched.push(error);
    else {
      const entry = matched.get(field.path) ?? { name: field.name, errors: [] };
      entry.errors.push(error.message);
      matched.set(field.path, entry);
    }
  }
  return { fields: [...matched.values()], unmatched };
}
