import { startStaffPage } from './chrome.js';
import { departmentName } from './directory.js';
import { cell, secondaryButton } from './elements.js';
import { api, upload } from './http.js';
import { showNotice, showProblem } from './notices.js';
import { formatLogTime, t } from './i18n.js';
import { requestLink } from './request-parts.js';

const ROLES = ['requester', 'coordinator', 'reviewer', 'external-reviewer', 'linguist', 'partner', 'office-manager',
  'admin'];
const MODES = ['CONSECUTIVE', 'ESCORT', 'REMOTE'];
const form = document.getElementById('person-form');
const messages = document.getElementById('messages');
let people = [];

function checkboxes(fieldsetId, name, values, label) {
  const fieldset = document.getElementById(fieldsetId);
  for (const value of values) {
    const choice = document.createElement('label');
    choice.className = 'inline';
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.name = name;
    box.value = value;
    choice.append(box, ' ', label(value));
    fieldset.append(choice);
  }
}

function checked(name) {
  return [...form.querySelectorAll(`[name=${name}]:checked`)].map(box => box.value);
}

function edit(person) {
  form.elements.username.value = person.username;
  form.elements.username.readOnly = true;
  form.elements.displayName.value = person.displayName;
  form.elements.department.value = person.department ?? '';
  form.elements.partner.value = person.partner ?? '';
  form.elements.languagePairs.value = person.languagePairs.join(' ');
  form.elements.email.value = person.email ?? '';
  form.elements.mailLanguage.value = person.mailLanguage?.startsWith('en') ? 'en' : 'ja';
  for (const box of form.querySelectorAll('[name=roles]')) box.checked = person.roles.includes(box.value);
  for (const box of form.querySelectorAll('[name=interpretingModes]')) {
    box.checked = person.interpretingModes.includes(box.value);
  }
  form.elements.password.value = '';
  form.elements.displayName.focus();
}

async function deactivate(person) {
  if (!confirm(t('admin.deactivate-confirm', { name: person.displayName, username: person.username }))) return;
  try {
    await api('admin/people/' + encodeURIComponent(person.username), { method: 'DELETE' });
    await refresh();
  } catch (error) {
    showProblem(messages, error);
  }
}

function row(person) {
  const tr = document.createElement('tr');
  const actions = document.createElement('td');
  actions.append(secondaryButton(t('admin.edit'), () => edit(person)));
  if (person.active) actions.append(' ', secondaryButton(t('admin.deactivate'), () => deactivate(person)));
  tr.append(cell(person.username), cell(person.displayName), cell(person.department ?? person.partner),
    cell([person.roles.join(', '), person.languagePairs.join(' ')].filter(Boolean).join(' · ')),
    cell((person.active ? t('admin.active') : t('admin.inactive')) + (person.hasPassword ? '' : ' · ' + t('admin.no-password'))),
    actions);
  return tr;
}

/** The departments and partners a person may belong to, as choices; none is the first. */
async function placeChoices() {
  const [departments, partners] = await Promise.all([api('directory/departments'), api('directory/partners')]);
  const fill = (select, items, label) => {
    const none = new Option(t('admin.no-department'), '');
    select.replaceChildren(none, ...items.map(item => new Option(`${label(item)} (${item.code})`, item.code)));
  };
  fill(form.elements.department, departments, departmentName);
  fill(form.elements.partner, partners, p => p.name);
}

async function retry(failure) {
  const feedback = document.getElementById('failure-messages');
  try {
    await api(`admin/incidents/${encodeURIComponent(failure.incident)}/retry`, { method: 'POST' });
    showNotice(feedback, t('admin.retried', { step: failure.stepName }));
    await refresh();
  } catch (error) {
    showProblem(feedback, error);
  }
}

function failureRow(failure) {
  const tr = document.createElement('tr');
  tr.append(cell(formatLogTime(failure.failedAt)), cell(failure.request ? requestLink(failure.request) : ''),
    cell(failure.stepName), cell(failure.error), cell(secondaryButton(t('admin.retry'), () => retry(failure))));
  return tr;
}

async function refresh() {
  const [list, events, failures] = await Promise.all([api('admin/people'), api('admin/security-events?limit=100'),
    api('admin/incidents')]);
  document.getElementById('failures').replaceChildren(...failures.map(failureRow));
  people = list;
  document.getElementById('people').replaceChildren(...people.map(row));
  document.getElementById('events').replaceChildren(...events.map(e => {
    const tr = document.createElement('tr');
    tr.append(cell(formatLogTime(e.at)), cell(e.kind), cell(e.subject), cell(e.actor),
      cell(e.remoteAddress), cell(e.detail));
    return tr;
  }));
}

form.addEventListener('submit', async event => {
  event.preventDefault();
  document.querySelectorAll('[data-errors-for]').forEach(e => { e.textContent = ''; });
  const data = Object.fromEntries(new FormData(form));
  const person = {
    username: data.username, displayName: data.displayName, department: data.department, partner: data.partner,
    roles: checked('roles'), interpretingModes: checked('interpretingModes'),
    languagePairs: data.languagePairs.split(/\s+/).filter(Boolean), password: data.password,
    email: data.email, mailLanguage: data.mailLanguage
  };
  const existing = people.some(p => p.username === person.username);
  try {
    await api(existing ? 'admin/people/' + encodeURIComponent(person.username) : 'admin/people',
      { method: existing ? 'PUT' : 'POST', body: person });
    form.reset();
    form.elements.username.readOnly = false;
    messages.replaceChildren();
    await refresh();
  } catch (error) {
    showProblem(messages, error);
  }
});

const importForm = document.getElementById('import-form');
const importMessages = document.getElementById('import-messages');
const importApply = document.getElementById('import-apply');

function listFile() {
  const file = importForm.elements.file.files[0];
  return file ? { file, type: file.name.toLowerCase().endsWith('.xlsx')
    ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : 'text/csv' } : null;
}

function showImportRows(rows) {
  document.getElementById('import-table').hidden = false;
  document.getElementById('import-rows').replaceChildren(...rows.map(row => {
    const tr = document.createElement('tr');
    const problems = row.problems.map(p => (p.column ? p.column + ': ' : '') + p.message).join(' / ');
    tr.append(cell(row.row), cell(row.username), cell(row.action ? t('admin.import.' + row.action) : '—'),
      cell(problems || t('admin.import-ok')));
    if (row.problems.length) tr.className = 'problem';
    return tr;
  }));
}

importForm.addEventListener('submit', async event => {
  event.preventDefault();
  importApply.disabled = true;
  const chosen = listFile();
  if (!chosen) return;
  try {
    const rows = await upload('admin/people/import/preview', chosen.file, { contentType: chosen.type });
    showImportRows(rows);
    const problems = rows.filter(row => row.problems.length).length;
    importApply.disabled = problems > 0;
    showNotice(importMessages, problems ? t('admin.import-has-problems', { count: problems })
      : t('admin.import-ready', { count: rows.length }));
  } catch (error) {
    showProblem(importMessages, error, importForm);
  }
});

importApply.addEventListener('click', async () => {
  const chosen = listFile();
  if (!chosen) return;
  importApply.disabled = true;
  try {
    const result = await upload('admin/people/import', chosen.file, { contentType: chosen.type });
    showImportRows(result.rows);
    showNotice(importMessages, t('admin.imported', result));
    await refresh();
  } catch (error) {
    showProblem(importMessages, error, importForm);
  }
});

checkboxes('roles', 'roles', ROLES, role => t('role.' + role));
checkboxes('interpretingModes', 'interpretingModes', MODES, mode => t('mode.' + mode));
startStaffPage()
  .then(session => session && Promise.all([placeChoices(), refresh()]))
  .catch(error => showProblem(messages, error));
