// Talking to the REST API. In the logged-in session the cookie goes by itself and the anti-forgery token (from
// the session's answer, kept for this tab only) goes in a header on every state-changing call; a refusal comes as
// application/problem+json and is thrown as an ApiError that carries it.
import { language, t } from './i18n.js';

const CSRF = 'kakehashi.csrf';

class ApiError extends Error {
  constructor(problem) {
    super(problem.detail || problem.title || 'error');
    this.problem = problem;
  }
}

/** Keeps the session's anti-forgery token for the calls that follow, in this tab only. */
export function keepCsrfToken(token) {
  sessionStorage.setItem(CSRF, token);
}

export function forgetCsrfToken() {
  sessionStorage.removeItem(CSRF);
}

/** The anti-forgery token every change a logged-in page asks for carries (X-CSRF-Token). */
export function csrfToken() {
  return sessionStorage.getItem(CSRF) ?? '';
}

/** A random key for Idempotency-Key (crypto.randomUUID exists only on https and localhost). */
export function newSubmissionKey() {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, b => b.toString(16).padStart(2, '0')).join('');
}

export async function api(path, { method = 'GET', body, idempotencyKey } = {}) {
  const headers = { Accept: 'application/json', 'Accept-Language': language() };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (idempotencyKey) headers['Idempotency-Key'] = idempotencyKey;
  if (method !== 'GET') headers['X-CSRF-Token'] = csrfToken();
  const response = await fetch('/api/' + path, {
    method, headers, credentials: 'same-origin', body: body === undefined ? undefined : JSON.stringify(body)
  });
  if (response.status === 204) return null;
  const data = await response.json().catch(() => ({ title: response.statusText, status: response.status }));
  if (!response.ok) throw new ApiError(data);
  return data;
}

/**
 * Sends a file (or multipart form) with XMLHttpRequest, which, unlike fetch, reports the upload's progress:
 * onProgress gets the share sent, 0 to 1.
 */
export function upload(path, body, { idempotencyKey, onProgress = () => {}, contentType } = {}) {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/' + path);
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.setRequestHeader('Accept-Language', language());
    xhr.setRequestHeader('X-CSRF-Token', csrfToken());
    if (contentType) xhr.setRequestHeader('Content-Type', contentType);
    if (idempotencyKey) xhr.setRequestHeader('Idempotency-Key', idempotencyKey);
    xhr.upload.addEventListener('progress', event => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    });
    xhr.addEventListener('load', () => {
      let data;
      try {
        data = JSON.parse(xhr.responseText);
      } catch {
        data = { title: xhr.statusText, status: xhr.status };
      }
      if (xhr.status >= 200 && xhr.status < 300) resolve(data);
      else reject(new ApiError(data));
    });
    xhr.addEventListener('error', () => reject(new ApiError({ title: t('problem.unreachable') })));
    xhr.send(body);
  });
}

/** A call without a session, for the public form and the citizen's status page. */
export async function publicApi(path, { method = 'GET', body } = {}) {
  const headers = { Accept: 'application/json', 'Accept-Language': language() };
  // a form with a file goes as multipart, its boundary set by the browser
  const multipart = body instanceof FormData;
  if (body !== undefined && !multipart) headers['Content-Type'] = 'application/json';
  const response = await fetch('/api/' + path, {
    method, headers, credentials: 'omit', body: body === undefined || multipart ? body : JSON.stringify(body)
  });
  const data = await response.json().catch(() => ({ title: response.statusText, status: response.status }));
  if (!response.ok) throw new ApiError(data);
  return data;
}
