// The handover page: the pack for the next coordinator, and the office's style notes it carries.
import { startStaffPage } from './chrome.js';
import { api } from './http.js';
import { showNotice, showProblem } from './notices.js';
import { formatLogTime, t } from './i18n.js';

const form = document.getElementById('notes-form');
let version = null;

const session = await startStaffPage();
if (session) open().catch(error => showProblem(document.getElementById('messages'), error));

async function open() {
  show(await api('handover/style-notes'));
}

function show(notes) {
  version = notes.version;
  form.elements.text.value = notes.text;
  document.getElementById('notes-changed').textContent = notes.changedAt
    ? t('handover.notes-changed', { at: formatLogTime(notes.changedAt), who: notes.changedBy }) : '';
}

form.addEventListener('submit', async event => {
  event.preventDefault();
  const feedback = document.getElementById('notes-messages');
  try {
    show(await api('handover/style-notes', { method: 'PUT', body: { text: form.elements.text.value, version } }));
    showNotice(feedback, t('handover.notes-saved'));
  } catch (error) {
    showProblem(feedback, error, form);
  }
});
