// The task list: the caller's own tasks and their groups' unclaimed ones, filtered by step, type, language and
// urgency, sorted by due date, counted per step; overdue and due-soon are said in words, not only by colour.
import { api, renderSession, showProblem } from './api.js';
import { formatDate, formatDateTime, formatList, languageName, t, tCount, tValue } from './i18n.js';

const body = document.getElementById('tasks');
const messages = document.getElementById('messages');
const filters = document.getElementById('filters');
const DAY = 24 * 36e5;
let tasks = [];

const session = await renderSession(document.getElementById('identity'));
if (session) {
  load();
  loadMailPreference();
  if (session.roles.some(role => role === 'coordinator' || role === 'office-manager')) loadFailedMail();
}

function urgency(task) {
  if (!task.due) return null;
  const left = new Date(task.due) - Date.now();
  return left < 0 ? 'overdue' : left < DAY ? 'soon' : null;
}

async function load() {
  try {
    tasks = await api('tasks');
    fillChoices();
    show();
  } catch (error) {
    showProblem(messages, error);
  }
}

// the step and language choices are those the list holds, so no choice ever shows an empty list by design
function fillChoices() {
  for (const [id, values, label] of [
    ['filter-step', [...new Set(tasks.map(task => task.taskKey))], key => tValue('task', key)],
    ['filter-language', [...new Set(tasks.flatMap(task => task.targetLanguages))], languageName]]) {
    const select = document.getElementById(id);
    const chosen = select.value;
    select.replaceChildren(new Option(t('filter.all'), ''), ...values.map(value => new Option(label(value), value)));
    select.value = values.includes(chosen) ? chosen : '';
  }
}

function matches(task) {
  const wanted = Object.fromEntries(new FormData(filters));
  return (!wanted.step || task.taskKey === wanted.step)
    && (!wanted.type || task.requestType === wanted.type)
    && (!wanted.language || task.targetLanguages.includes(wanted.language))
    && (!wanted.urgency
      || (wanted.urgency === 'mine' && task.assignee === session.username)
      || (wanted.urgency === 'unclaimed' && !task.assignee)
      || urgency(task) === wanted.urgency);
}

const ORDER = {
  due: task => task.due ?? '9999',
  wantedBy: task => task.wantedBy ?? '9999',
  created: task => task.created
};

function show() {
  const key = ORDER[document.getElementById('sort').value];
  const shown = tasks.filter(matches).sort((a, b) => key(a).localeCompare(key(b)) || a.created.localeCompare(b.created));
  body.replaceChildren(...shown.map(row));
  document.getElementById('tasks-caption').textContent = shown.length === tasks.length
    ? tCount('tasks.caption-all', tasks.length)
    : t('tasks.caption-some', { shown: shown.length, all: tasks.length });
  showCounts();
}

function showCounts() {
  const counts = document.getElementById('counts');
  const perStep = new Map();
  for (const task of tasks) perStep.set(task.taskKey, (perStep.get(task.taskKey) ?? 0) + 1);
  const items = [...perStep].map(([key, count]) => [tValue('task', key), count, 'step']);
  items.push([t('tasks.count-overdue'), tasks.filter(task => urgency(task) === 'overdue').length, 'overdue'],
    [t('tasks.count-soon'), tasks.filter(task => urgency(task) === 'soon').length, 'soon'],
    [t('tasks.unclaimed'), tasks.filter(task => !task.assignee).length, 'unclaimed']);
  counts.replaceChildren(...items.map(([label, count, kind]) => {
    const item = document.createElement('li');
    item.className = kind;
    const number = document.createElement('strong');
    number.textContent = count;
    item.append(label, ' ', number);
    return item;
  }));
}

filters.addEventListener('change', show);

function cell(content) {
  const td = document.createElement('td');
  td.append(content ?? '—');
  return td;
}

function row(task) {
  const tr = document.createElement('tr');
  const state = urgency(task);
  if (state) tr.className = state;
  const link = document.createElement('a');
  link.href = 'request.html?number=' + encodeURIComponent(task.requestNumber);
  link.textContent = task.requestNumber;
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
  tr.append(cell(link), cell(step),
    cell(`${languageName(task.sourceLanguage)} → ${formatList(task.targetLanguages.map(languageName))}`),
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
  claim.setAttribute('aria-label', t('tasks.claim-label', { task: tValue('task', task.taskKey), number: task.requestNumber }));
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
      tr.append(cell(mail.requestNumber ?? '—'), cell(mail.recipient), cell(mail.subject), cell(mail.lastError),
        cell(again));
      return tr;
    }));
  } catch (error) {
    showProblem(messages, error);
  }
}
