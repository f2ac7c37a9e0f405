import { startStaffPage } from './chrome.js';
import { cell, secondaryButton } from './elements.js';
import { api, publicApi } from './http.js';
import { showNotice, showProblem } from './notices.js';
import { formatDate, formatLogTime, localName, t } from './i18n.js';
import { startWebhooks } from './office-webhooks.js';

const messages = document.getElementById('messages');
const departmentForm = document.getElementById('department-form');
const partnerForm = document.getElementById('partner-form');
const closedDayForm = document.getElementById('closed-day-form');
const yearInput = document.getElementById('closed-year');
let departments = [];
let partners = [];

function actions(...buttons) {
  const td = document.createElement('td');
  td.append(...buttons);
  return td;
}

/** "zh-Hans=综合福祉课" lines, as the administrator types them, and back. */
function parseNames(text) {
  const names = {};
  for (const line of text.split('\n').map(l => l.trim()).filter(Boolean)) {
    const at = line.indexOf('=');
    if (at < 0) names[line] = '';
    else names[line.slice(0, at).trim()] = line.slice(at + 1).trim();
  }
  return names;
}

function formatNames(names) {
  return Object.entries(names ?? {}).map(([tag, name]) => `${tag}=${name}`).join('\n');
}

function editDepartment(d) {
  const f = departmentForm.elements;
  f.code.value = d.code;
  f.code.readOnly = true;
  f.nameJa.value = d.nameJa;
  f.nameEn.value = d.nameEn;
  f.otherNames.value = formatNames(d.otherNames);
  f.phone.value = d.phone ?? '';
  f.nameJa.focus();
}

function editPartner(p) {
  const f = partnerForm.elements;
  f.code.value = p.code;
  f.code.readOnly = true;
  f.name.value = p.name;
  f.country.value = p.country ?? '';
  f.language.value = p.language;
  f.otherLanguages.value = p.otherLanguages.join(' ');
  f.timeZone.value = p.timeZone;
  f.officeOpens.value = p.officeOpens?.slice(0, 5) ?? '';
  f.officeCloses.value = p.officeCloses?.slice(0, 5) ?? '';
  f.name.focus();
}

function hours(p) {
  return p.officeOpens ? `${p.officeOpens.slice(0, 5)}–${p.officeCloses.slice(0, 5)}` : t('office.no-hours');
}

function contacts(p) {
  return p.contacts.length === 0 ? t('office.no-contacts')
    : p.contacts.map(c => `${c.displayName} (${c.email ?? t('office.no-mail')}, ${c.mailLanguage})`).join('; ');
}

async function refreshDepartments() {
  departments = await api('admin/departments');
  document.getElementById('departments').replaceChildren(...departments.map(d => {
    const tr = document.createElement('tr');
    tr.append(cell(d.code), cell(d.nameJa), cell(d.nameEn),
      cell(Object.entries(d.otherNames).map(([tag, name]) => `${tag}: ${name}`).join('; ')), cell(d.phone),
      actions(secondaryButton(t('admin.edit'), () => editDepartment(d))));
    return tr;
  }));
}

async function refreshPartners() {
  partners = await api('admin/partners');
  document.getElementById('partners').replaceChildren(...partners.map(p => {
    const tr = document.createElement('tr');
    tr.append(cell(p.code), cell(p.name), cell(p.country), cell([p.language, ...p.otherLanguages].join(', ')),
      cell(p.timeZone), cell(hours(p)), cell(contacts(p)), actions(secondaryButton(t('admin.edit'), () => editPartner(p))));
    return tr;
  }));
}

async function removeClosedDay(day) {
  if (!confirm(t('office.closed-day-remove-confirm', { date: formatDate(day.date), reason: day.nameJa }))) return;
  try {
    await api('calendar/closed-days/' + day.date, { method: 'DELETE' });
    await Promise.all([refreshClosedDays(), refreshChanges()]);
  } catch (error) {
    showProblem(messages, error);
  }
}

async function refreshClosedDays() {
  const days = await publicApi('calendar/closed-days?year=' + encodeURIComponent(yearInput.value));
  document.getElementById('closed-days').replaceChildren(...days.map(day => {
    const tr = document.createElement('tr');
    const reason = localName(day);
    tr.append(cell(formatDate(day.date)), cell(t('office.closure.' + day.kind)), cell(reason),
      day.kind === 'CITY' ? actions(secondaryButton(t('office.remove'), () => removeClosedDay(day))) : cell(''));
    return tr;
  }));
}

async function saveSetting(setting, value) {
  const feedback = document.getElementById('settings-messages');
  try {
    const saved = value === null
      ? await api('admin/settings/' + encodeURIComponent(setting.name), { method: 'DELETE' })
      : await api('admin/settings/' + encodeURIComponent(setting.name), { method: 'PUT', body: { value } });
    showNotice(feedback, t('office.setting-saved', { name: t('setting.' + setting.name), value: saved.value }));
    await Promise.all([refreshSettings(), refreshChanges()]);
  } catch (error) {
    showProblem(feedback, error);
  }
}

async function refreshSettings() {
  const settings = await api('admin/settings');
  document.getElementById('settings').replaceChildren(...settings.map(setting => {
    const tr = document.createElement('tr');
    const th = document.createElement('th');
    th.scope = 'row';
    th.textContent = t('setting.' + setting.name);
    const valueCell = document.createElement('td');
    const input = document.createElement('input');
    input.value = setting.value;
    input.id = 'setting-' + setting.name;
    input.setAttribute('aria-label', t('setting.' + setting.name));
    input.size = 8;
    valueCell.append(input);
    tr.append(th, valueCell, cell(t('office.source.' + setting.source)), cell(setting.fallback),
      actions(secondaryButton(t('admin.save'), () => saveSetting(setting, input.value)), ' ',
        secondaryButton(t('office.setting-reset'), () => saveSetting(setting, null))));
    return tr;
  }));
}

async function refreshChanges() {
  const changes = await api('admin/changes?limit=100');
  document.getElementById('changes').replaceChildren(...changes.map(c => {
    const tr = document.createElement('tr');
    tr.append(cell(formatLogTime(c.at)), cell(c.actor), cell(t('office.subject.' + c.kind)),
      cell(c.subject), cell(c.before ?? '—'), cell(c.after ?? '—'));
    return tr;
  }));
}

function saver(form, feedback, path, list, body, refreshList) {
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const data = body(new FormData(form));
    const existing = list().some(item => item.code === data.code);
    try {
      await api(existing ? `${path}/${encodeURIComponent(data.code)}` : path,
        { method: existing ? 'PUT' : 'POST', body: data });
      form.reset();
      form.elements.code.readOnly = false;
      showNotice(feedback, t('office.saved', { code: data.code }));
      await Promise.all([refreshList(), refreshChanges()]);
    } catch (error) {
      showProblem(feedback, error, form);
    }
  });
}

saver(departmentForm, document.getElementById('department-messages'), 'admin/departments', () => departments,
  data => ({
    code: data.get('code').trim(), nameJa: data.get('nameJa'), nameEn: data.get('nameEn'),
    phone: data.get('phone'), otherNames: parseNames(data.get('otherNames'))
  }), refreshDepartments);

saver(partnerForm, document.getElementById('partner-messages'), 'admin/partners', () => partners,
  data => ({
    code: data.get('code').trim(), name: data.get('name'), country: data.get('country').trim() || null,
    language: data.get('language').trim(), otherLanguages: data.get('otherLanguages').split(/\s+/).filter(Boolean),
    timeZone: data.get('timeZone').trim(), officeOpens: data.get('officeOpens') || null,
    officeCloses: data.get('officeCloses') || null
  }), refreshPartners);

closedDayForm.addEventListener('submit', async event => {
  event.preventDefault();
  const feedback = document.getElementById('closed-day-messages');
  const data = new FormData(closedDayForm);
  try {
    await api('calendar/closed-days', { method: 'POST', body: { date: data.get('date') || null, reason: data.get('reason') } });
    yearInput.value = data.get('date').slice(0, 4);
    closedDayForm.reset();
    showNotice(feedback, t('office.closed-day-saved', { date: formatDate(data.get('date')) }));
    await Promise.all([refreshClosedDays(), refreshChanges()]);
  } catch (error) {
    showProblem(feedback, error, closedDayForm);
  }
});

yearInput.value = new Date().getFullYear();
yearInput.addEventListener('change', () => refreshClosedDays().catch(error => showProblem(messages, error)));
document.getElementById('time-zones').replaceChildren(...(Intl.supportedValuesOf?.('timeZone') ?? []).map(zone => {
  const option = document.createElement('option');
  option.value = zone;
  return option;
}));

startStaffPage()
  .then(session => session && Promise.all([refreshDepartments(), refreshPartners(), refreshClosedDays(),
    refreshSettings(), refreshChanges(), startWebhooks(refreshChanges)]))
  .catch(error => showProblem(messages, error));
