import { currentLanguage, i18n } from '@/shared/i18n/i18n';
import { csrfToken } from './api-client';
import { ApiError, type Problem } from './problem';

/**
 * Sends one file as multipart/form-data and reports its progress. fetch() cannot tell how much of
 * a request body has gone, XMLHttpRequest can; otherwise this behaves like the API client (CSRF
 * token, language, problem details on failure).
 */
export async function uploadWithProgress<T>(
  url: string,
  field: string,
  file: File,
  onProgress: (percent: number) => void,
  signal?: AbortSignal,
): Promise<T> {
  const token = await csrfToken();
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.withCredentials = true;
    xhr.setRequestHeader('Accept', 'application/json, application/problem+json');
    xhr.setRequestHeader('Accept-Language', currentLanguage());
    if (token) xhr.setRequestHeader('X-XSRF-TOKEN', token);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(Math.round((event.loaded / event.total) * 100));
    };
    xhr.onload = () => {
      let body: unknown;
      try {
        body = xhr.responseText ? JSON.parse(xhr.responseText) : undefined;
      } catch {
        body = undefined;
      }
      if (xhr.status >= 200 && xhr.status < 300) return resolve(body as T);
      const problem = (body ?? {}) as Partial<Problem>;
      const key = `errors.status.${xhr.status}`;
      reject(
        new ApiError({
          ...problem,
          status: xhr.status,
          detail:
            problem.detail || (i18n.exists(key) ? i18n.t(key) : i18n.t('errors.unexpected', { status: xhr.status })),
        }),
      );
    };
    xhr.onerror = () => reject(new ApiError({ status: 0, detail: i18n.t('errors.network') }));
    signal?.addEventListener('abort', () => xhr.abort());
    const body = new FormData();
    body.append(field, file, file.name);
    xhr.send(body);
  });
}
