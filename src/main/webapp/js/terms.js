// The termbase for the office: search, add, change and retire entries; export as TBX, import TBX or CSV after a
// preview. A department's or partner's names come from the directory and are changed there.
import { startStaffPage } from './chrome.js';
import { cell, secondaryButton } from './elements.js';
import { api, upload } from './http.js';
import { showNotice, showProblem } from './notices.js';
import { formatLogTime, t } from './i18n.js';

const messages = document.getElementById('messages');
const searchForm = document.getElementById('search-form');
const entryForm = document.getElementById('entry-form');
const importFile = document.getElementById('import-file');
let editing = null;

const session = await startStaffPage();
if (session) search().catch(error => showProblem(messages, error));

async function search() {
  const f = searchForm.elements;
  const query = new URLSearchParams({ q: f.q.value.trim(), retired: f.retired.checked });
  if (f.language.value.trim()) query.set('language', f.language.value.trim());
  const entries = await api('terms?' + query);
  document.getElementById('entries').replaceChildren(...entries.map(entry => {
    const tr = document.createElement('tr');
    const actions = document.createElement('td');
    if (!entry.retired) actions.append(secondaryButton(t('terms.edit'), () => edit(entry)));
    else actions.textContent = t('terms.retired', { reason: entry.retirementReason });
    tr.append(cell(entry.terms.map(term => `${term.language}: ${term.text} (${t('terms.status.' + term.status)})`).join(' · ')),
      cell(entry.subjectField), cell(`${formatLogTime(entry.changedAt)} ${entry.changedBy}`), actions);
    return tr;
  }));
}

function edit(entry) {
  editing = entry;
  const f = entryForm.elements;
  f.terms.value = entry.terms.filter(term => !term.fromDirectory)
    .map(term => `${term.language} | ${term.text} | ${term.status.toLowerCase()}`).join('\n');
  f.subjectField.value = entry.subjectField ?? '';
  f.definition.value = entry.definition ?? '';
  f.note.value = entry.note ?? '';
  f.source.value = entry.source ?? '';
  const directory = entry.terms.filter(term => term.fromDirectory).map(term => `${term.language}: ${term.text}`);
  document.getElementById('entry-heading').textContent = directory.length
    ? t('terms.edit-directory', { names: directory.join(' · ') }) : t('terms.edit-heading');
  document.getElementById('retire-part').hidden = Boolean(entry.directoryKey);
  f.terms.focus();
}

function clear() {
  editing = null;
  entryForm.reset();
  document.getElementById('entry-heading').textContent = t('terms.add');
  document.getElementById('retire-part').hidden = true;
}

/** "en | Mayor | preferred" lines, as the person types them. */
function parseTerms(text) {
  return text.split('\n').map(line => line.trim()).filter(Boolean).map(line => {
    const [language, term, status] = line.split('|').map(part => part.trim());
    return { language, text: term ?? '', status: status ? status.toUpperCase() : 'PREFERRED' };
  });
}

entryForm.addEventListener('submit', async event => {
  event.preventDefault();
  const f = entryForm.elements;
  const body = { terms: parseTerms(f.terms.value), subjectField: f.subjectField.value, definition: f.definition.value,
    note: f.note.value, source: f.source.value };
  const feedback = document.getElementById('entry-messages');
  try {
    const saved = editing
      ? await api('terms/' + encodeURIComponent(editing.id), { method: 'PUT', body: { ...body, version: editing.version } })
      : await api('terms', { method: 'POST', body });
    showNotice(feedback, t('terms.saved', { term: saved.terms[0]?.text ?? '' }));
    clear();
    await search();
  } catch (error) {
    showProblem(feedback, error, entryForm);
  }
});

document.getElementById('entry-new').addEventListener('click', clear);

document.getElementById('retire').addEventListener('click', async () => {
  const feedback = document.getElementById('entry-messages');
  try {
    await api(`terms/${encodeURIComponent(editing.id)}/retirement`,
      { method: 'POST', body: { reason: entryForm.elements.reason.value } });
    showNotice(feedback, t('terms.retired-now'));
    clear();
    await search();
  } catch (error) {
    showProblem(feedback, error, entryForm);
  }
});

searchForm.addEventListener('submit', event => {
  event.preventDefault();
  search().catch(error => showProblem(messages, error));
});

importFile.addEventListener('change', async () => {
  const file = importFile.files[0];
  const feedback = document.getElementById('import-messages');
  if (!file) return;
  try {
    const planned = await upload('terms/import/preview', file, { contentType: 'application/octet-stream' });
    document.getElementById('preview').replaceChildren(...planned.map(row => {
      const tr = document.createElement('tr');
      tr.append(cell(String(row.entry)), cell(row.action ? t('terms.action.' + row.action) : ''), cell(row.term),
        cell(row.problems.map(problem => (problem.column ? problem.column + ': ' : '') + problem.message).join(' ')));
      return tr;
    }));
    document.getElementById('preview-part').hidden = false;
    document.getElementById('import').hidden = planned.some(row => row.problems.length);
    feedback.replaceChildren();
  } catch (error) {
    showProblem(feedback, error);
  }
});

document.getElementById('import').addEventListener('click', async () => {
  const feedback = document.getElementById('import-messages');
  try {
    const imported = await upload('terms/import', importFile.files[0], { contentType: 'application/octet-stream' });
    showNotice(feedback, t('terms.imported', imported));
    document.getElementById('import').hidden = true;
    await search();
  } catch (error) {
    showProblem(feedback, error);
  }
});
