import { http, HttpResponse } from 'msw';
import { i18n } from '@/shared/i18n/i18n';
import { problem, recordRequests, requestLine, server } from '@/testing/server';
import { api } from './api-client';
import { ApiError } from './problem';

function clearCsrfCookie() {
  document.cookie = 'XSRF-TOKEN=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
}

const noContent = () => new HttpResponse(null, { status: 204 });

describe('api client', () => {
  beforeEach(async () => {
    clearCsrfCookie();
    await i18n.changeLanguage('zh-CN');
  });

  it('echoes the XSRF-TOKEN cookie in the X-XSRF-TOKEN header of a POST', async () => {
    document.cookie = 'XSRF-TOKEN=token-123; path=/';
    server.use(http.post('/api/inbox/tasks/t1/claim', noContent));
    const requests = recordRequests();

    await api.post('/api/inbox/tasks/t1/claim');

    expect(requests).toHaveLength(1);
    expect(requests[0].headers.get('X-XSRF-TOKEN')).toBe('token-123');
  });

  it('sends no CSRF header with a GET', async () => {
    document.cookie = 'XSRF-TOKEN=token-123; path=/';
    server.use(http.get('/api/offices', () => HttpResponse.json([])));
    const requests = recordRequests();

    await api.get('/api/offices');

    expect(requests[0].headers.has('X-XSRF-TOKEN')).toBe(false);
  });

  it('asks the session endpoint for the cookie when it has none yet', async () => {
    server.use(
      http.get('/api/session', () => {
        document.cookie = 'XSRF-TOKEN=fresh; path=/';
        return HttpResponse.json({ authenticated: false });
      }),
      http.post('/api/session/logout', noContent),
    );
    const requests = recordRequests();

    await api.post('/api/session/logout');

    expect(requests.map(requestLine)).toEqual(['GET /api/session', 'POST /api/session/logout']);
    expect(requests[1].headers.get('X-XSRF-TOKEN')).toBe('fresh');
  });

  it('sends the chosen interface language, so server messages come in it', async () => {
    server.use(http.get('/api/offices', () => HttpResponse.json([])));
    const requests = recordRequests();

    await api.get('/api/offices');
    await i18n.changeLanguage('en');
    await api.get('/api/offices');

    expect(requests[0].headers.get('Accept-Language')).toBe('zh-CN');
    expect(requests[1].headers.get('Accept-Language')).toBe('en');
  });

  it('sends a plain object as JSON and leaves FormData to the browser', async () => {
    document.cookie = 'XSRF-TOKEN=t; path=/';
    server.use(http.post('/api/inbox/tasks/t1/complete', noContent), http.post('/api/cases/c1/supplements', noContent));
    const requests = recordRequests();

    await api.post('/api/inbox/tasks/t1/complete', { decision: 'ACCEPT' });
    await api.post('/api/cases/c1/supplements', new FormData());

    expect(requests[0].headers.get('Content-Type')).toBe('application/json');
    expect(await requests[0].text()).toBe('{"decision":"ACCEPT"}');
    // no type of its own: the browser's multipart type, with the boundary it chose
    expect(requests[1].headers.get('Content-Type')).toMatch(/^multipart\/form-data; boundary=/);
  });

  it('returns the parsed body of a 201 and nothing for a 204', async () => {
    document.cookie = 'XSRF-TOKEN=t; path=/';
    server.use(
      http.post('/api/cases/infringement-disputes', () =>
        HttpResponse.json({ id: 'c1', caseNumber: '渝知执〔2026〕1号' }, { status: 201 }),
      ),
      http.post('/api/inbox/tasks/t1/claim', noContent),
    );

    await expect(api.post('/api/cases/infringement-disputes', new FormData())).resolves.toEqual({
      id: 'c1',
      caseNumber: '渝知执〔2026〕1号',
    });
    await expect(api.post('/api/inbox/tasks/t1/claim')).resolves.toBeUndefined();
  });

  it('turns a problem response into an ApiError with its detail and field errors', async () => {
    document.cookie = 'XSRF-TOKEN=t; path=/';
    server.use(
      http.post('/api/cases/infringement-disputes', () =>
        problem(400, {
          title: 'Bad Request',
          detail: '请求书内容不完整',
          errors: [{ field: 'requester.idNumber', message: '身份证号码校验位不正确' }],
        }),
      ),
    );

    const error = await api.post('/api/cases/infringement-disputes', new FormData()).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(400);
    expect((error as ApiError).problem.detail).toBe('请求书内容不完整');
    expect((error as ApiError).problem.errors).toEqual([
      { field: 'requester.idNumber', message: '身份证号码校验位不正确' },
    ]);
  });

  it('explains an error that comes without a problem body, e.g. 413 from a proxy', async () => {
    document.cookie = 'XSRF-TOKEN=t; path=/';
    server.use(
      http.post('/api/cases/infringement-disputes', () => HttpResponse.html('<html>Too Large</html>', { status: 413 })),
    );

    const error = (await api
      .post('/api/cases/infringement-disputes', new FormData())
      .catch((e: unknown) => e)) as ApiError;

    expect(error.status).toBe(413);
    expect(error.problem.detail).toContain('20 MB');
  });

  it('reports an unreachable server as a network error', async () => {
    server.use(http.get('/api/cases', () => HttpResponse.error()));

    const error = (await api.get('/api/cases').catch((e: unknown) => e)) as ApiError;

    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(0);
    expect(error.problem.detail).toBe(i18n.t('errors.network'));
  });
});
