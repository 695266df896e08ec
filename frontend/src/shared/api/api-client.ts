import { currentLanguage, i18n } from '@/shared/i18n/i18n';
import { ApiError, type Problem } from './problem';

// Spring Security's cookie CSRF repository: the server sets the cookie, the page echoes it back.
const CSRF_COOKIE = 'XSRF-TOKEN';
const CSRF_HEADER = 'X-XSRF-TOKEN';
const SAFE_METHODS = ['GET', 'HEAD'];

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
type Params = Record<string, string | number | boolean | undefined>;
type RequestOptions = {
  params?: Params;
  /** FormData and URLSearchParams go as they are; anything else is sent as JSON. */
  body?: unknown;
  signal?: AbortSignal;
};

function readCookie(name: string): string | undefined {
  const prefix = `${name}=`;
  const cookie = document.cookie.split('; ').find((part) => part.startsWith(prefix));
  return cookie ? decodeURIComponent(cookie.slice(prefix.length)) : undefined;
}

async function csrfToken(): Promise<string | undefined> {
  const token = readCookie(CSRF_COOKIE);
  if (token) return token;
  // The cookie is set by the session endpoint; a page that has not called it yet asks once here.
  await fetch('/api/session', { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  return readCookie(CSRF_COOKIE);
}

function withParams(url: string, params?: Params): string {
  if (!params) return url;
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined) query.set(key, String(value));
  }
  const search = query.toString();
  return search ? `${url}?${search}` : url;
}

function encodeBody(body: unknown, headers: Headers): BodyInit | undefined {
  if (body === undefined) return undefined;
  if (body instanceof FormData || body instanceof URLSearchParams) return body;
  headers.set('Content-Type', 'application/json');
  return JSON.stringify(body);
}

function fallbackDetail(status: number): string {
  const key = `errors.status.${status}`;
  return i18n.exists(key) ? i18n.t(key) : i18n.t('errors.unexpected', { status });
}

async function toApiError(response: Response): Promise<ApiError> {
  const contentType = response.headers.get('Content-Type') ?? '';
  let problem: Partial<Problem> = {};
  if (contentType.includes('json')) {
    try {
      problem = (await response.json()) as Partial<Problem>;
    } catch {
      // A broken error body still leaves the status to go on.
    }
  }
  return new ApiError({
    ...problem,
    status: response.status,
    detail: problem.detail || fallbackDetail(response.status),
  });
}

async function send(method: Method, url: string, options: RequestOptions, accept: string): Promise<Response> {
  const headers = new Headers({
    Accept: `${accept}, application/problem+json`,
    'Accept-Language': currentLanguage(),
  });
  const body = encodeBody(options.body, headers);
  if (!SAFE_METHODS.includes(method)) {
    const token = await csrfToken();
    if (token) headers.set(CSRF_HEADER, token);
  }

  let response: Response;
  try {
    response = await fetch(withParams(url, options.params), {
      method,
      headers,
      body,
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError({ status: 0, detail: i18n.t('errors.network') });
  }

  if (!response.ok) throw await toApiError(response);
  return response;
}

async function request<T>(method: Method, url: string, options: RequestOptions = {}): Promise<T> {
  const response = await send(method, url, options, 'application/json');
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

export const api = {
  get: <T>(url: string, options?: Omit<RequestOptions, 'body'>) => request<T>('GET', url, options),
  /** A file (a PDF) as a Blob, with the same errors as every other call. */
  getBlob: async (url: string, options?: Omit<RequestOptions, 'body'>): Promise<Blob> =>
    (await send('GET', url, options ?? {}, '*/*')).blob(),
  post: <T = void>(url: string, body?: unknown, options?: Omit<RequestOptions, 'body'>) =>
    request<T>('POST', url, { ...options, body }),
};
