import { i18n } from '@/shared/i18n/i18n';
import { jsonResponse, problemResponse } from '@/testing/render';
import { api } from './api-client';
import { ApiError } from './problem';

function clearCsrfCookie() {
  document.cookie = 'XSRF-TOKEN=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
}

function headersOf(call: unknown[]): Headers {
  return new Headers((call[1] as RequestInit).headers);
}

describe('api client', () => {
  beforeEach(async () => {
    clearCsrfCookie();
    await i18n.changeLanguage('zh-CN');
  });

  it('echoes the XSRF-TOKEN cookie in the X-XSRF-TOKEN header of a POST', async () => {
    document.cookie = 'XSRF-TOKEN=token-123; path=/';
    const fetchMock = vi.fn().mockResolvedValue(new Response(null, { status: 204 }));
    vi.stubGlobal('fetch', fetchMock);

    await api.post('/api/inbox/tasks/t1/claim');

    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(headersOf(fetchMock.mock.calls[0]).get('X-XSRF-TOKEN')).toBe('token-123');
  });

  it('sends no CSRF header with a GET', async () => {
    document.cookie = 'XSRF-TOKEN=token-123; path=/';
    const fetchMock = vi.fn().mockResolvedValue(jsonResponse(200, []));
    vi.stubGlobal('fetch', fetchMock);

    await api.get('/api/offices');

    expect(headersOf(fetchMock.mock.calls[0]).has('X-XSRF-TOKEN')).toBe(false);
  });

  it('asks the session endpoint for the cookie when it has none yet', async () => {
    const fetchMock = vi.fn(async (url: string) => {
      if (url === '/api/session') {
        document.cookie = 'XSRF-TOKEN=fresh; path=/';
        return jsonResponse(200, { authenticated: false });
      }
      return new Response(null, { status: 204 });
    });
    vi.stubGlobal('fetch', fetchMock);

    await api.post('/api/session/logout');

    expect(fetchMock.mock.calls.map(([url]) => url)).toEqual(['/api/session', '/api/session/logout']);
    expect(headersOf(fetchMock.mock.calls[1]).get('X-XSRF-TOKEN')).toBe('fresh');
  });

  it('sends the chosen interface language, so server messages come in it', async () => {
    const fetchMock = vi.fn(async () => jsonResponse(200, []));
    vi.stubGlobal('fetch', fetchMock);

    await api.get('/api/offices');
    await i18n.changeLanguage('en');
    await api.get('/api/offices');

    expect(headersOf(fetchMock.mock.calls[0]).get('Accept-Language')).toBe('zh-CN');
    expect(headersOf(fetchMock.mock.calls[1]).get('Accept-Language')).toBe('en');
  });

  it('sends a plain object as JSON and leaves FormData to the browser', async () => {
    document.cookie = 'XSRF-TOKEN=t; path=/';
    const fetchMock = vi.fn().mockResolvedValue(new Response(null, { status: 204 }));
    vi.stubGlobal('fetch', fetchMock);

    await api.post('/api/inbox/tasks/t1/complete', { decision: 'ACCEPT' });
    await api.post('/api/cases/c1/supplements', new FormData());

    expect(headersOf(fetchMock.mock.calls[0]).get('Content-Type')).toBe('application/json');
    expect((fetchMock.mock.calls[0][1] as RequestInit).body).toBe('{"decision":"ACCEPT"}');
    expect(headersOf(fetchMock.mock.calls[1]).has('Content-Type')).toBe(false);
  });

  it('returns the parsed body of a 201 and nothing for a 204', async () => {
    document.cookie = 'XSRF-TOKEN=t; path=/';
    vi.stubGlobal(
      'fetch',
      vi
        .fn()
        .mockResolvedValueOnce(jsonResponse(201, { id: 'c1', caseNumber: '渝知执〔2026〕1号' }))
        .mockResolvedValueOnce(new Response(null, { status: 204 })),
    );

    await expect(api.post('/api/cases/infringement-disputes', new FormData())).resolves.toEqual({
      id: 'c1',
      caseNumber: '渝知执〔2026〕1号',
    });
    await expect(api.post('/api/inbox/tasks/t1/claim')).resolves.toBeUndefined();
  });

  it('turns a problem response into an ApiError with its detail and field errors', async () => {
    document.cookie = 'XSRF-TOKEN=t; path=/';
    vi.stubGlobal(
      'fetch',
      vi.fn().mockResolvedValue(
        problemResponse(400, {
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
    vi.stubGlobal(
      'fetch',
      vi
        .fn()
        .mockResolvedValue(
          new Response('<html>Too Large</html>', { status: 413, headers: { 'Content-Type': 'text/html' } }),
        ),
    );

    const error = (await api
      .post('/api/cases/infringement-disputes', new FormData())
      .catch((e: unknown) => e)) as ApiError;

    expect(error.status).toBe(413);
    expect(error.problem.detail).toContain('20 MB');
  });

  it('reports an unreachable server as a network error', async () => {
    vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new TypeError('Failed to fetch')));

    const error = (await api.get('/api/cases').catch((e: unknown) => e)) as ApiError;

    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(0);
    expect(error.problem.detail).toBe(i18n.t('errors.network'));
  });
});
