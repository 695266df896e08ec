import { HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { onTestFinished } from 'vitest';

/**
 * The API as the components under test meet it: requests leave through the real fetch (or
 * XMLHttpRequest) and are answered here. Each test adds the handlers it needs with `server.use`;
 * they are reset after it, and a request no handler answers fails.
 */
export const server = setupServer();

/** An RFC 9457 problem, as the server reports every error. */
export function problem(status: number, details: Record<string, unknown>) {
  return HttpResponse.json(
    { type: 'about:blank', status, ...details },
    { status, headers: { 'Content-Type': 'application/problem+json' } },
  );
}

/**
 * Every request the page sends from now to the end of the test, as it went out, for tests about
 * what was sent (headers, order). Handlers still decide the answers.
 */
export function recordRequests(): Request[] {
  const requests: Request[] = [];
  const record = ({ request }: { request: Request }) => {
    requests.push(request.clone());
  };
  server.events.on('request:start', record);
  onTestFinished(() => server.events.removeListener('request:start', record));
  return requests;
}

/** A request as a test names it: `POST /api/inbox/tasks/t1/claim`. */
export function requestLine(request: Request): string {
  return `${request.method} ${new URL(request.url).pathname}`;
}
