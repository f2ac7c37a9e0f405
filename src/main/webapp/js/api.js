// Talking to the REST API in the logged-in session: the session cookie goes by itself, the anti-forgery token
// (from the login answer, kept for this tab only) goes in a header on every state-changing call.
import { chooseLanguage, language, t, translatePage } from './i18n.js';

export { language };

const CSRF = 'kakehashi.csrf';

/** The language switch in the page's header (an element #language), remembered for every page. */
function renderLanguageSwitch(container) {
  const label = document.createElement('label');
  label.htmlFor = 'language-choice';
  label.className = 'inline';
  // said in both languages, so that a person who cannot read the current one still finds it
  label.textContent = '表示言語 / Language ';
  const choice = document.createElement('select');
  choice.id = 'language-choice';
  choice.append(new Option('日本語', 'ja'), new Option('English', 'en'));
  choice.value = language();
  choice.addEventListener('change', () => {
    chooseLanguage(choice.value);
    location.reload();
  });
  container.replaceChildren(label, choice);
}

translatePage();
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
    xhr.setRequestHeader('X-CSRF-Token', sessionStorage.getItem(CSRF) ?? '');
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

let directory;

/** People and departments by their codes, to show names where the API gives user names and codes. */
export function names() {
  directory ??= Promise.all([api('directory/people'), api('directory/departments')]).then(([people, departments]) => ({
    person: username => people.find(p => p.username === username)?.displayName ?? username,
    department: code => {
      const found = departments.find(d => d.code === code);
      return !found ? code : language() === 'ja' ? found.nameJa : found.nameEn ?? found.nameJa;
    }
  }));
  return directory;
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
  // a tab opened while a session is still open has no token of it yet, and the login replaces that session
  await currentSession().catch(() => null);
  const session = await api('session', { method: 'POST', body: { username, password } });
  sessionStorage.setItem(CSRF, session.csrfToken);
  return session;
}

// The pages each role works on; a page a person may not use is not offered to them.
const PAGES = [
  { href: 'index.html', key: 'nav.request', roles: ['requester', 'coordinator', 'office-manager'] },
  { href: 'requests.html', key: 'nav.requests', roles: ['requester', 'coordinator', 'reviewer', 'office-manager', 'linguist', 'external-reviewer'] },
  { href: 'tasks.html', key: 'nav.tasks', roles: ['coordinator', 'reviewer', 'linguist', 'external-reviewer', 'office-manager'] },
  { href: 'interpreting.html', key: 'nav.interpreting', roles: ['coordinator', 'office-manager'] },
  { href: 'reports.html', key: 'nav.reports', roles: ['coordinator', 'office-manager'] },
  { href: 'partner.html', key: 'nav.deliveries', roles: ['partner'] },
  { href: 'admin.html', key: 'nav.admin', roles: ['admin'] },
  { href: 'office.html', key: 'nav.office', roles: ['admin'] }
];

/** Where a person starts after logging in: the first page their roles work on. */
export function homePage(session) {
  const start = session.roles.includes('partner') ? 'partner.html'
    : session.roles.some(role => ['coordinator', 'reviewer', 'linguist', 'external-reviewer'].includes(role)) ? 'tasks.html'
      : PAGES.find(page => page.roles.some(role => session.roles.includes(role)))?.href;
  return start ?? 'index.html';
}

function renderNavigation(session) {
  const nav = document.querySelector('header nav');
  if (!nav) return;
  nav.setAttribute('aria-label', t('nav.label'));
  const here = location.pathname.split('/').pop() || 'index.html';
  const list = document.createElement('ul');
  for (const page of PAGES.filter(p => p.roles.some(role => session.roles.includes(role)))) {
    const item = document.createElement('li');
    const link = document.createElement('a');
    link.href = page.href;
    link.textContent = t(page.key);
    if (page.href === here) link.setAttribute('aria-current', 'page');
    item.append(link);
    list.append(item);
  }
  nav.replaceChildren(list);
}

/** Shows who is logged in with a log-out button, or sends the visitor to the login page. */
export async function renderSession(container) {
  const session = await currentSession();
  if (!session) {
    location.assign('login.html?next=' + encodeURIComponent(location.pathname.slice(1) + location.search));
    return null;
  }
  renderNavigation(session);
  const who = document.createElement('span');
  who.textContent = `${session.displayName} (${session.roles.map(role => t('role.' + role)).join(', ')})`;
  const out = document.createElement('button');
  out.type = 'button';
  out.className = 'secondary';
  out.textContent = t('session.logout');
  out.addEventListener('click', async () => {
    await api('session', { method: 'DELETE' });
    sessionStorage.removeItem(CSRF);
    location.assign('login.html');
  });
  container.replaceChildren(who, ' ', out);
  return session;
}

/** A short message that something worked, read out by screen readers. */
export function showNotice(container, ...content) {
  const box = document.createElement('div');
  box.className = 'notice';
  box.setAttribute('role', 'status');
  box.append(...content);
  container.replaceChildren(box);
}

/** Shows a refusal in the container, and each field's message beside its field within {@code scope}. */
export function showProblem(container, error, scope = document) {
  container.replaceChildren();
  const box = document.createElement('div');
  box.className = 'notice error';
  box.setAttribute('role', 'alert');
  box.textContent = error.problem?.status ? error.message : t('problem.unreachable');
  container.append(box);
  scope.querySelectorAll('[data-errors-for]').forEach(target => { target.textContent = ''; });
  for (const fieldError of error.problem?.errors ?? []) {
    const target = scope.querySelector(`[data-errors-for="${CSS.escape(fieldError.field)}"]`);
    if (target) target.textContent = fieldError.message;
  }
}
