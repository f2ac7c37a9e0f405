// Talking to the REST API in the logged-in session: the session cookie goes by itself, the anti-forgery token
// (from the login answer, kept for this tab only) goes in a header on every state-changing call.
const CSRF = 'kakehashi.csrf';
const LANGUAGE = 'kakehashi.language';

/** The language the person chose for messages and dates (remembered), else their browser's: ja or en. */
export function language() {
  return localStorage.getItem(LANGUAGE) ?? (navigator.language.toLowerCase().startsWith('ja') ? 'ja' : 'en');
}

/** The language switch in the page's header (an element #language), remembered for every page. */
function renderLanguageSwitch(container) {
  const label = document.createElement('label');
  label.htmlFor = 'language-choice';
  label.className = 'inline';
  label.textContent = '表示言語 / Language ';
  const choice = document.createElement('select');
  choice.id = 'language-choice';
  choice.append(new Option('日本語', 'ja'), new Option('English', 'en'));
  choice.value = language();
  choice.addEventListener('change', () => {
    localStorage.setItem(LANGUAGE, choice.value);
    location.reload();
  });
  container.replaceChildren(label, choice);
}

const languageSwitch = document.getElementById('language');
if (languageSwitch) renderLanguageSwitch(languageSwitch);

export class ApiError extends Error {
  constructor(problem) {
    super(problem.detail || problem.title || 'error');
    this.problem = problem;
  }
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
  if (method !== 'GET') headers['X-CSRF-Token'] = sessionStorage.getItem(CSRF) ?? '';
  const response = await fetch('/api/' + path, {
    method, headers, credentials: 'same-origin', body: body === undefined ? undefined : JSON.stringify(body)
  });
  if (response.status === 204) return null;
  const data = await response.json().catch(() => ({ title: response.statusText, status: response.status }));
  if (!response.ok) throw new ApiError(data);
  return data;
}

/** A call without a session, for the public form and the citizen's status page. */
export async function publicApi(path, { method = 'GET', body } = {}) {
  const headers = { Accept: 'application/json', 'Accept-Language': language() };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch('/api/' + path, {
    method, headers, credentials: 'omit', body: body === undefined ? undefined : JSON.stringify(body)
  });
  const data = await response.json().catch(() => ({ title: response.statusText, status: response.status }));
  if (!response.ok) throw new ApiError(data);
  return data;
}

/** The person logged in, or null; their token is kept for the calls that follow. */
export async function currentSession() {
  try {
    const session = await api('session');
    sessionStorage.setItem(CSRF, session.csrfToken);
    return session;
  } catch (error) {
    if (error.problem?.status === 401) return null;
    throw error;
  }
}

export async function logIn(username, password) {
  const session = await api('session', { method: 'POST', body: { username, password } });
  sessionStorage.setItem(CSRF, session.csrfToken);
  return session;
}

/** Shows who is logged in with a log-out button, or sends the visitor to the login page. */
export async function renderSession(container) {
  const session = await currentSession();
  if (!session) {
    location.assign('login.html?next=' + encodeURIComponent(location.pathname.slice(1) + location.search));
    return null;
  }
  const who = document.createElement('span');
  who.textContent = `${session.displayName} (${session.roles.join(', ')})`;
  const out = document.createElement('button');
  out.type = 'button';
  out.textContent = 'ログアウト / Log out';
  out.addEventListener('click', async () => {
    await api('session', { method: 'DELETE' });
    sessionStorage.removeItem(CSRF);
    location.assign('login.html');
  });
  container.replaceChildren(who, ' ', out);
  return session;
}

export function showProblem(container, error) {
  container.replaceChildren();
  const box = document.createElement('div');
  box.className = 'notice error';
  box.setAttribute('role', 'alert');
  box.textContent = error.message;
  container.append(box);
  for (const fieldError of error.problem?.errors ?? []) {
    const target = document.querySelector(`[data-errors-for="${CSS.escape(fieldError.field)}"]`);
    if (target) target.textContent = fieldError.message;
  }
}
