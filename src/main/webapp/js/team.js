// The coordinator's team view: a week of each person's open tasks, due dates, load and absences, a task at risk
// said in words; and the form that records an absence, with a button that removes one.
import { startStaffPage } from './chrome.js';
import { cell, secondaryButton } from './elements.js';
import { api } from './http.js';
import { showNotice, showProblem } from './notices.js';
import { formatDate, formatDateTime, formatNumber, languageName, t, tValue } from './i18n.js';
import { requestLink } from './request-parts.js';

const messages = document.getElementById('messages');
const dayField = document.getElementById('week-day');
const form = document.getElementById('absence-form');
let shown = null;

function shiftDays(isoDate, days) {
  const date = new Date(isoDate + 'T00:00:00Z');
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

async function load(day) {
  try {
    const week = await api('team' + (day ? `?week=${encodeURIComponent(day)}` : ''));
    shown = week;
    render(week);
    history.replaceState(null, '', `?${new URLSearchParams({ week: week.monday })}`);
  } catch (error) {
    showProblem(messages, error);
  }
}

function render(week) {
  messages.replaceChildren();
  dayField.value = week.monday;
  document.getElementById('week-label').textContent = `${formatDate(week.monday)} – ${formatDate(week.sunday)}`;
  document.getElementById('team').replaceChildren(...week.people.map(member));
  const person = form.elements.person;
  const chosen = person.value;
  person.replaceChildren(...week.people.map(m => new Option(`${m.displayName} (${m.username})`, m.username)));
  if (chosen) person.value = chosen;
  if (!form.elements.from.value) form.elements.from.value = week.today;
}

function member(person) {
  const section = document.createElement('section');
  const heading = document.createElement('h3');
  heading.textContent = `${person.displayName} (${person.roles.map(role => t('role.' + role)).join(', ')})`;
  const load = document.createElement('p');
  load.textContent = t('team.load', {
    characters: formatNumber(person.load.characters), pages: formatNumber(person.load.manuscriptPages),
    words: formatNumber(person.load.words), tasks: formatNumber(person.load.tasks)
  }) + (person.load.uncounted ? ' ' + t('team.uncounted', { count: formatNumber(person.load.uncounted) }) : '');
  section.append(heading, load, absences(person), tasks(person));
  return section;
}

function absences(person) {
  if (!person.absences.length) {
    const none = document.createElement('p');
    none.textContent = t('team.no-absence');
    return none;
  }
  const list = document.createElement('ul');
  list.append(...person.absences.map(absence => {
    const item = document.createElement('li');
    const period = { from: formatDate(absence.from), to: formatDate(absence.to) };
    item.append(t('team.away', period) + (absence.note ? ` (${absence.note})` : ''), ' ');
    const remove = secondaryButton(t('team.remove'), () => removeAbsence(absence));
    remove.setAttribute('aria-label', t('team.remove-label', { name: person.displayName, ...period }));
    item.append(remove);
    return item;
  }));
  return list;
}

function tasks(person) {
  const captionId = `tasks-of-${person.username}`;
  const wrap = document.createElement('div');
  wrap.className = 'table-wrap';
  wrap.tabIndex = 0;
  wrap.setAttribute('role', 'region');
  wrap.setAttribute('aria-labelledby', captionId);
  const table = document.createElement('table');
  const caption = document.createElement('caption');
  caption.id = captionId;
  caption.textContent = t('team.caption', { username: person.username });
  const head = document.createElement('tr');
  for (const key of ['team.request', 'team.task', 'team.language', 'team.due', 'team.risk']) {
    const th = document.createElement('th');
    th.scope = 'col';
    th.textContent = t(key);
    head.append(th);
  }
  const thead = document.createElement('thead');
  thead.append(head);
  const tbody = document.createElement('tbody');
  for (const task of person.tasks) {
    const row = document.createElement('tr');
    if (task.atRisk) row.className = 'overdue';
    const number = document.createElement('th');
    number.scope = 'row';
    number.append(requestLink(task.requestNumber));
    const risk = document.createElement('span');
    if (task.atRisk) risk.className = 'urgency';
    risk.textContent = task.overdue ? t('team.overdue') : task.atRisk ? t('team.holder-away') : t('team.on-track');
    row.append(number, cell(tValue('task', task.taskKey)),
      cell(task.targetLanguage ? languageName(task.targetLanguage) : null, '—'), cell(formatDateTime(task.due)),
      cell(risk));
    tbody.append(row);
  }
  if (!person.tasks.length) {
    const row = document.createElement('tr');
    const none = cell(t('team.no-tasks'));
    none.colSpan = 5;
    row.append(none);
    tbody.append(row);
  }
  table.append(caption, thead, tbody);
  wrap.append(table);
  return wrap;
}

async function removeAbsence(absence) {
  try {
    await api(`team/absences/${encodeURIComponent(absence.id)}`, { method: 'DELETE' });
    await load(shown.monday);
    showNotice(messages, t('team.removed'));
  } catch (error) {
    showProblem(messages, error);
  }
}

form.addEventListener('submit', async event => {
  event.preventDefault();
  const feedback = document.getElementById('absence-messages');
  const fields = form.elements;
  try {
    await api('team/absences', {
      method: 'POST',
      body: { person: fields.person.value, from: fields.from.value, to: fields.to.value, note: fields.note.value }
    });
    fields.to.value = '';
    fields.note.value = '';
    await load(shown.monday);
    form.querySelectorAll('[data-errors-for]').forEach(target => { target.textContent = ''; });
    showNotice(feedback, t('team.added'));
  } catch (error) {
    showProblem(feedback, error, form);
  }
});

document.getElementById('previous').addEventListener('click', () => load(shiftDays(shown.monday, -7)));
document.getElementById('next').addEventListener('click', () => load(shiftDays(shown.monday, 7)));
document.getElementById('this-week').addEventListener('click', () => load(null));
dayField.addEventListener('change', () => dayField.value && load(dayField.value));

if (await startStaffPage()) {
  load(new URLSearchParams(location.search).get('week'));
}
