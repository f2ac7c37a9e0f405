// Talking to the REST API as the person chosen in the "acting as" picker (temporary, until real login).
const ACTING_AS = 'kakehashi.actingAs';

export function actingAs() {
  const stored = localStorage.getItem(ACTING_AS);
  return stored ? JSON.parse(stored) : null;
}

function identityHeaders() {
  const person = actingAs();
  if (!person) return {};
  const headers = { 'X-Kakehashi-User': person.username, 'X-Kakehashi-Roles': person.roles.join(',') };
  if (person.department) headers['X-Kakehashi-Department'] = person.department;
  return headers;
}

export class ApiError extends Error {
  constructor(problem) {
    super(problem.detail || problem.title || 'error');
    this.problem = problem;
  }
}

export async function api(path, { method = 'GET', body } = {}) {
  const headers = { Accept: 'application/json', 'Accept-Language': navigator.language, ...identityHeaders() };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch('/api/' + path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  if (response.status === 204) return null;
  const data = await response.json().catch(() => ({ title: response.statusText, status: response.status }));
  if (!response.ok) throw new ApiError(data);
  return data;
}

export async function renderActingAs(container, onChange) {
  const people = await api('directory/people');
  const label = document.createElement('label');
  label.className = 'acting-as';
  label.textContent = 'Acting as / 利用者';
  const select = document.createElement('select');
  select.id = 'acting-as';
  select.append(new Option('—', ''));
  for (const person of people) {
    select.append(new Option(`${person.displayName} (${person.roles.join(', ')})`, person.username));
  }
  const current = actingAs();
  if (current) select.value = current.username;
  select.addEventListener('change', () => {
    const person = people.find(p => p.username === select.value);
    if (person) localStorage.setItem(ACTING_AS, JSON.stringify(person));
    else localStorage.removeItem(ACTING_AS);
    onChange?.();
  });
  label.append(select);
  container.append(label);
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
