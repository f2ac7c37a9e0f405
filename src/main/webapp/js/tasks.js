// The task list: the caller's own tasks and their groups' unclaimed ones, a page at a time. The server filters by
// step, type, language, urgency and request number, sorts, pages and counts; the filters are kept in the page's
// address, so a list can be bookmarked or linked to. Overdue and due-soon are said in words, not only by colour.
// The office chooses tasks of the page shown and claims them, gives them to someone or moves their due date at
// once; each task's outcome is listed, since one refused leaves the others done.
import { startStaffPage } from './chrome.js';
import { cell } from './elements.js';
import { api } from './http.js';
import { showProblem } from './notices.js';
import { hasRole } from './session.js';
import { formatDate, formatDateTime, languageName, t, tCount, tValue } from './i18n.js';
import { languagesLine, requestLink } from './request-parts.js';

const body = document.getElementById('tasks');
const messages = document.getElementById('messages');
const filters = document.getElementById('filters');
const previous = document.getElementById('previous-page');
const next = document.getElementById('next-page');
const bulkPart = document.getElementById('bulk-part');
const bulkForm = document.getElementById('bulk-form');
const bulkAction = document.getElementById('bulk-action');
const bulkMessages = document.getElementById('bulk-messages');
const assignee = document.getElementById('bulk-assignee');
const chooseAll = document.getElementById('choose-all');
const DAY = 24 * 36e5;
// the roles whose people the directory offers as assignees before a task is chosen
const TAKES_TASKS = ['coordinator', 'office-manager', 'reviewer', 'external-reviewer', 'linguist'];
let page = 0;
let loads = 0;
let asked = null;
// the tasks of the page shown, by id, and those the office chose, in the order chosen
const shown = new Map();
const chosen = new Set();
let assigneesFor = null;

const session = await startStaffPage();
const office = session && hasRole(session, 'coordinator', 'office-manager');
if (session) {
  fromAddress();
  load();
  loadMailPreference();
  if (office) {
    bulkPart.hidden = false;
    document.getElementById('choose-column').hidden = false;
    showActionFields();
    showChosen();
    loadFailedMail();
    loadHeldMail();
  }
}

function urgency(task) {
  if (!task.due) return null;
  const left = new Date(task.due) - Date.now();
  return left < 0 ? 'overdue' : left < DAY ? 'soon' : null;
}

// the step and language selects get their options only once the list has come, so their wanted values are
// kept on them until then
function fromAddress() {
  const wanted = new URLSearchParams(location.search);
  for (const element of filters.elements) {
    if (!wanted.has(element.name)) continue;
    element.value = wanted.get(element.name);
    const optionsToCome = element.tagName === 'SELECT' && element.options.length === 1;
    if (optionsToCome) element.dataset.wanted = wanted.get(element.name);
  }
  page = Math.max(0, Number.parseInt(wanted.get('page'), 10) || 0);
}

function query() {
  const wanted = new URLSearchParams();
  for (const element of filters.elements) {
    const value = (element.dataset.wanted ?? element.value ?? '').trim();
    if (element.name && value) wanted.set(element.name, value);
  }
  if (page > 0) wanted.set('page', page);
  return String(wanted);
}

// the list asked for last is shown, whichever answer comes first
async function load() {
  const wanted = query();
  const ticket = ++loads;
  asked = wanted;
  history.replaceState(null, '', wanted ? '?' + wanted : location.pathname);
  body.setAttribute('aria-busy', 'true');
  try {
    const answer = await api('tasks?' + wanted);
    if (ticket === loads) show(answer);
  } catch (error) {
    asked = null;
    showProblem(messages, error);
  } finally {
    if (ticket === loads) body.removeAttribute('aria-busy');
  }
}

// the steps offered are those the worklist holds, the languages those the office translates; a value asked for
// in the address stays chosen, since the list is filtered by it
function fillChoices(choices) {
  for (const [id, values, label] of [
    ['filter-step', choices.steps, key => tValue('task', key)],
    ['filter-language', choices.targetLanguages, languageName]]) {
    const select = document.getElementById(id);
    const chosen = select.dataset.wanted ?? select.value;
    delete select.dataset.wanted;
    const offered = chosen && !values.includes(chosen) ? [...values, chosen] : values;
    select.replaceChildren(new Option(t('filter.all'), ''), ...offered.map(value => new Option(label(value), value)));
    select.value = chosen;
  }
}

function show(answer) {
  fillChoices(answer.choices);
  shown.clear();
  answer.tasks.forEach(task => shown.set(task.id, task));
  for (const id of chosen) if (!shown.has(id)) chosen.delete(id);
  body.replaceChildren(...answer.tasks.map(row));
  if (office) showChosen();
  const all = Object.values(answer.counts.steps).reduce((sum, count) => sum + count, 0);
  document.getElementById('tasks-caption').textContent = answer.total === all
    ? tCount('tasks.caption-all', all)
    : t('tasks.caption-some', { shown: answer.total, all });
  const first = answer.page * answer.size;
  document.getElementById('page-range').textContent = answer.tasks.length === 0
    ? t('tasks.range-none')
    : t('tasks.range', { from: first + 1, to: first + answer.tasks.length, total: answer.total });
  previous.disabled = answer.page === 0;
  next.disabled = first + answer.tasks.length >= answer.total;
  showCounts(answer.counts);
}

function showCounts(counts) {
  const items = Object.entries(counts.steps).map(([key, count]) => [tValue('task', key), count, 'step']);
  items.push([t('tasks.count-overdue'), counts.overdue, 'overdue'],
    [t('tasks.count-soon'), counts.dueSoon, 'soon'],
    [t('tasks.unclaimed'), counts.unclaimed, 'unclaimed']);
  document.getElementById('counts').replaceChildren(...items.map(([label, count, kind]) => {
    const item = document.createElement('li');
    item.className = kind;
    const number = document.createElement('strong');
    number.textContent = count;
    item.append(label, ' ', number);
    return item;
  }));
}

// a changed filter shows its first page; Enter in the request number field both changes and submits
function refilter() {
  page = 0;
  if (query() !== asked) load();
}

filters.addEventListener('change', refilter);
filters.addEventListener('submit', event => {
  event.preventDefault();
  refilter();
});
previous.addEventListener('click', () => {
  page = Math.max(0, page - 1);
  load();
});
next.addEventListener('click', () => {
  page += 1;
  load();
});

function row(task) {
  const tr = document.createElement('tr');
  const state = urgency(task);
  if (state) tr.className = state;
  const step = document.createElement('div');
  step.append(tValue('task', task.taskKey), ' · ', tValue('type', task.requestType));
  for (const finding of task.intakeFindings) {
    const flag = document.createElement('div');
    flag.className = 'flag';
    flag.textContent = '⚠ ' + tValue('finding', finding);
    step.append(flag);
  }
  const due = document.createElement('span');
  due.append(task.due ? formatDateTime(task.due) : '—');
  if (state) {
    const said = document.createElement('strong');
    said.className = 'urgency';
    said.textContent = ` (${t('due.' + state)})`;
    due.append(said);
  }
  if (office) tr.append(cell(chooser(task)));
  tr.append(cell(requestLink(task.requestNumber)), cell(step),
    cell(languagesLine(task.sourceLanguage, task.targetLanguages)),
    cell(due), cell(formatDate(task.wantedBy)), cell(task.assignee ?? t('tasks.unclaimed')), cell(actions(task)));
  return tr;
}

function actions(task) {
  if (task.assignee === session.username) {
    const open = document.createElement('a');
    open.className = 'button';
    open.href = 'work.html?task=' + encodeURIComponent(task.id);
    open.textContent = t('tasks.open');
    return open;
  }
  if (task.assignee) return '—';
  const claim = document.createElement('button');
  claim.type = 'button';
  claim.textContent = t('tasks.claim');
  claim.setAttribute('aria-label', t('tasks.claim-label', described(task)));
  claim.addEventListener('click', async () => {
    try {
      await api(`tasks/${task.id}/claim`, { method: 'POST' });
      location.assign('work.html?task=' + encodeURIComponent(task.id));
    } catch (error) {
      showProblem(messages, error);
      load();
    }
  });
  return claim;
}

function described(task) {
  return { task: tValue('task', task.taskKey), number: task.requestNumber };
}

function chooser(task) {
  const box = document.createElement('input');
  box.type = 'checkbox';
  box.className = 'choose-task';
  box.value = task.id;
  box.checked = chosen.has(task.id);
  box.setAttribute('aria-label', t('bulk.choose-label', described(task)));
  box.addEventListener('change', () => {
    if (box.checked) chosen.add(task.id);
    else chosen.delete(task.id);
    showChosen();
  });
  return box;
}

chooseAll.addEventListener('change', () => {
  for (const box of body.querySelectorAll('input.choose-task')) {
    box.checked = chooseAll.checked;
    if (box.checked) chosen.add(box.value);
    else chosen.delete(box.value);
  }
  showChosen();
});

/** How many tasks are chosen, the page's box for all of them, and the assignees the first chosen task may have. */
function showChosen() {
  document.getElementById('bulk-chosen').textContent = tCount('bulk.chosen', chosen.size);
  document.getElementById('bulk-apply').disabled = chosen.size === 0;
  chooseAll.checked = shown.size > 0 && chosen.size === shown.size;
  chooseAll.indeterminate = chosen.size > 0 && chosen.size < shown.size;
  fillAssignees();
}

// the people the first chosen task may be given to; before any is chosen, the directory's people who take tasks.
// The server still checks each task on its own.
async function fillAssignees() {
  if (bulkAction.value !== 'assign') return;
  const first = chosen.values().next().value ?? '';
  if (assigneesFor === first) return;
  assigneesFor = first;
  try {
    const people = first
      ? await api(`tasks/${encodeURIComponent(first)}/candidates`)
      : (await api('directory/people')).filter(person => person.roles.some(role => TAKES_TASKS.includes(role)));
    if (assigneesFor !== first) return;
    const before = assignee.value;
    assignee.replaceChildren(...people.map(person => new Option(person.displayName, person.username)));
    if (people.some(person => person.username === before)) assignee.value = before;
  } catch (error) {
    assigneesFor = null;
    showProblem(bulkMessages, error, bulkPart);
  }
}

/** The fields the action takes: the person for an assignment, the day for a move of the due date. */
function showActionFields() {
  document.getElementById('bulk-assignee-part').hidden = bulkAction.value !== 'assign';
  document.getElementById('bulk-due-part').hidden = bulkAction.value !== 'move-due';
  fillAssignees();
}

bulkAction.addEventListener('change', showActionFields);

bulkForm.addEventListener('submit', async event => {
  event.preventDefault();
  const apply = document.getElementById('bulk-apply');
  const action = bulkAction.value;
  const tasks = [...chosen];
  const sent = new Map(tasks.map(id => [id, shown.get(id)]));
  const form = { action, tasks, reason: document.getElementById('bulk-reason').value };
  if (action === 'assign') form.assignee = assignee.value;
  if (action === 'move-due') form.due = document.getElementById('bulk-due').value || null;
  apply.disabled = true;
  try {
    const outcomes = await api('tasks/bulk', { method: 'POST', body: form });
    bulkMessages.replaceChildren();
    bulkPart.querySelectorAll('[data-errors-for]').forEach(target => { target.textContent = ''; });
    showOutcomes(outcomes, sent);
    chosen.clear();
    showChosen();
    document.getElementById('bulk-reason').value = '';
    load();
  } catch (error) {
    showProblem(bulkMessages, error, bulkPart);
  } finally {
    apply.disabled = chosen.size === 0;
  }
});

/** Each task's outcome, in the order sent: done, or refused with the server's reason. */
function showOutcomes(outcomes, sent) {
  const summary = document.createElement('p');
  summary.textContent = t('bulk.summary', { done: outcomes.filter(outcome => outcome.done).length,
    all: outcomes.length });
  const list = document.createElement('ul');
  for (const outcome of outcomes) {
    const task = sent.get(outcome.task);
    const item = document.createElement('li');
    item.append(task ? t('bulk.task', described(task)) : outcome.task, ': ',
      outcome.done ? t('bulk.done') : t('bulk.refused', { detail: outcome.detail }));
    list.append(item);
  }
  document.getElementById('bulk-outcomes').replaceChildren(summary, list);
}

async function loadMailPreference() {
  const select = document.getElementById('mail-preference');
  try {
    select.value = (await api('notifications/preference')).preference;
  } catch (error) {
    showProblem(messages, error);
  }
  select.addEventListener('change', async () => {
    try {
      await api('notifications/preference', { method: 'PUT', body: { preference: select.value } });
    } catch (error) {
      showProblem(messages, error);
    }
  });
}

/** "held until 9 Feb 2027, 09:00 (Pacific/Auckland) (9 Feb 2027, 05:00 city time)": the partner's and the city's. */
function heldUntil(mail) {
  return t('mail.held-until-text', {
    local: formatDateTime(mail.notBefore, mail.notBeforeZone),
    zone: mail.notBeforeZone,
    city: formatDateTime(mail.notBefore)
  });
}

async function loadHeldMail() {
  try {
    const held = await api('notifications/outbox?status=HELD');
    document.getElementById('held-mail-part').hidden = held.length === 0;
    document.getElementById('held-mail').replaceChildren(...held.map(mail => {
      const tr = document.createElement('tr');
      const now = document.createElement('button');
      now.type = 'button';
      now.textContent = t('mail.send-now');
      now.addEventListener('click', async () => {
        try {
          await api(`notifications/outbox/${mail.id}/retry`, { method: 'POST' });
          loadHeldMail();
        } catch (error) {
          showProblem(messages, error);
        }
      });
      tr.append(cell(mail.requestNumber, '—'), cell(mail.recipient, '—'), cell(mail.subject, '—'),
        cell(heldUntil(mail)), cell(now));
      return tr;
    }));
  } catch (error) {
    showProblem(messages, error);
  }
}

async function loadFailedMail() {
  try {
    const failed = await api('notifications/outbox?status=FAILED');
    document.getElementById('failed-mail-part').hidden = failed.length === 0;
    document.getElementById('failed-mail').replaceChildren(...failed.map(mail => {
      const tr = document.createElement('tr');
      const again = document.createElement('button');
      again.type = 'button';
      again.textContent = t('mail.send-again');
      again.addEventListener('click', async () => {
        try {
          await api(`notifications/outbox/${mail.id}/retry`, { method: 'POST' });
          loadFailedMail();
        } catch (error) {
          showProblem(messages, error);
        }
      });
      tr.append(cell(mail.requestNumber, '—'), cell(mail.recipient, '—'), cell(mail.subject, '—'),
        cell(mail.lastError, '—'), cell(again));
      return tr;
    }));
  } catch (error) {
    showProblem(messages, error);
  }
}
