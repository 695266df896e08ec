/**
 * A State Council holiday notice as an administrator pastes or uploads it, read into the body of
 * `PUT /api/admin/calendar/{year}`. Three shapes are understood:
 * - the API's own JSON: `{ "source": "…", "rest": ["2027-01-01", …], "work": ["2027-02-07", …] }`;
 * - the shipped calendar's JSON (`holidays-cn.json`): `{ "2027": { "rest": […], "work": […] } }`;
 * - CSV, a day a line: `2027-01-01,rest` or `2027-02-07,work` (also 休 / 班), a header line and
 *   `#` comments allowed.
 * The server checks the days themselves (in the year, each once, weekdays off, weekend days on).
 */
export type ParsedNotice = { source?: string; rest: string[]; work: string[] };

export type ParseError = { key: string; values?: Record<string, string | number> };

export type ParseResult = { notice: ParsedNotice; errors: [] } | { notice?: undefined; errors: ParseError[] };

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const REST = ['rest', '休', '休息', '放假', 'holiday'];
const WORK = ['work', '班', '上班', '调休上班', 'workday'];

export function parseNotice(text: string, year: number): ParseResult {
  const trimmed = text.trim();
  if (!trimmed) return { errors: [{ key: 'admin.calendar.parse.empty' }] };
  return trimmed.startsWith('{') ? parseJson(trimmed, year) : parseCsv(trimmed);
}

function parseJson(text: string, year: number): ParseResult {
  let root: unknown;
  try {
    root = JSON.parse(text);
  } catch {
    return { errors: [{ key: 'admin.calendar.parse.json' }] };
  }
  if (!isObject(root)) return { errors: [{ key: 'admin.calendar.parse.json' }] };
  let node: Record<string, unknown> = root;
  if (!('rest' in root) && !('work' in root)) {
    const ofYear = root[String(year)];
    if (!isObject(ofYear)) return { errors: [{ key: 'admin.calendar.parse.noYear', values: { year } }] };
    node = ofYear;
  }
  const errors: ParseError[] = [];
  const rest = dates(node.rest, 'rest', errors);
  const work = dates(node.work, 'work', errors);
  if (errors.length > 0) return { errors };
  return { notice: { source: typeof node.source === 'string' ? node.source : undefined, rest, work }, errors: [] };
}

function dates(value: unknown, field: string, errors: ParseError[]): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    errors.push({ key: 'admin.calendar.parse.list', values: { field } });
    return [];
  }
  const days: string[] = [];
  value.forEach((day, index) => {
    if (typeof day === 'string' && isDate(day)) days.push(day);
    else errors.push({ key: 'admin.calendar.parse.date', values: { field: `${field}[${index}]`, value: String(day) } });
  });
  return days;
}

function parseCsv(text: string): ParseResult {
  const rest: string[] = [];
  const work: string[] = [];
  const errors: ParseError[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    const [day = '', kind = ''] = line.split(/[,;\t]/).map((cell) => cell.trim().replace(/^"|"$/g, ''));
    if (index === 0 && !DATE.test(day)) return; // a header
    const lineNumber = index + 1;
    if (!isDate(day)) {
      errors.push({ key: 'admin.calendar.parse.csvDate', values: { line: lineNumber, value: day } });
    } else if (REST.includes(kind.toLowerCase())) {
      rest.push(day);
    } else if (WORK.includes(kind.toLowerCase())) {
      work.push(day);
    } else {
      errors.push({ key: 'admin.calendar.parse.csvKind', values: { line: lineNumber, value: kind } });
    }
  });
  if (errors.length > 0) return { errors };
  if (rest.length === 0 && work.length === 0) return { errors: [{ key: 'admin.calendar.parse.empty' }] };
  return { notice: { rest, work }, errors: [] };
}

/** A real day written YYYY-MM-DD (no 30 February). */
function isDate(value: string): boolean {
  if (!DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
