// The one door to the owner API: JSON over fetch with the session cookie, the CSRF header on every
// write, and errors turned into ApiError with a Russian message a person can act on.
import type { ApiErrorBody } from './types';

export const API_BASE = '/api/owner/v1';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly retryAfterSeconds: number | null = null,
    /** The input field the message is about, when the API names one. */
    readonly field: string | null = null,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

let csrfToken = '';
let onUnauthorized: (() => void) | null = null;

export function setCsrfToken(token: string): void {
  csrfToken = token;
}

/** Called when a signed-in call answers 401: the session expired, the user signs in again. */
export function setUnauthorizedHandler(handler: () => void): void {
  onUnauthorized = handler;
}

export type Query = Record<string, string | number | undefined | null>;

export function withQuery(path: string, query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

function fallbackMessage(status: number): string {
  if (status === 401) return 'Сеанс завершён. Войдите снова.';
  if (status === 403) return 'Недостаточно прав для этого действия.';
  if (status === 404) return 'Не найдено: возможно, объект удалён или принадлежит другой организации.';
  if (status === 429) return 'Слишком много запросов. Подождите немного и повторите.';
  if (status >= 500) return 'Кабинет временно недоступен. Повторите через минуту.';
  return `Запрос не выполнен (код ${status}).`;
}

async function errorFrom(response: Response): Promise<ApiError> {
  let body: Partial<ApiErrorBody> = {};
  try {
    body = (await response.json()) as Partial<ApiErrorBody>;
  } catch {
    // not JSON (a proxy's page): the status alone says enough
  }
  const retryAfter = response.headers.get('Retry-After');
  return new ApiError(
    response.status,
    body.error?.code ?? 'http_' + response.status,
    body.error?.message ?? fallbackMessage(response.status),
    retryAfter !== null && /^\d+$/.test(retryAfter) ? Number(retryAfter) : null,
    body.error?.field ?? null,
  );
}

// `quiet`: a 401 is an answer, not an expired session (the router's own /me check before a page).
// A Blob body (an uploaded file) is sent as it is; anything else as JSON.
export async function request<T>(method: string, path: string, body?: unknown, quiet = false): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  const file = body instanceof Blob;
  if (body !== undefined)
    headers['Content-Type'] = file ? body.type || 'application/octet-stream' : 'application/json';
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(API_BASE + path, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : file ? body : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, 'network', 'Нет связи с кабинетом. Проверьте подключение к интернету и повторите.');
  }
  if (!response.ok) {
    const error = await errorFrom(response);
    if (response.status === 401 && !quiet && !path.startsWith('/auth/')) onUnauthorized?.();
    throw error;
  }
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

export const get = <T>(path: string, query?: Query) => request<T>('GET', withQuery(path, query));
export const post = <T>(path: string, body?: unknown) => request<T>('POST', path, body);
