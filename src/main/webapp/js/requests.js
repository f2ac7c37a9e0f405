// The requests the person may see (the server decides which), newest first, filtered by status.
import { startStaffPage } from './chrome.js';
import { names } from './directory.js';
import { cell } from './elements.js';
import { api } from './http.js';
import { showProblem } from './notices.js';
import { formatDate, t, tCount, tValue } from './i18n.js';
import { languagesLine, requestLink } from './request-parts.js';
import { REQUEST_STATUSES } from './workflow-names.js';

const messages = document.getElementById('messages');
const status = document.getElementById('status');
status.append(...REQUEST_STATUSES.map(value => new Option(t('status.' + value), value)));

async function load() {
  try {
    const query = status.value ? `&status=${encodeURIComponent(status.value)}` : '';
    const [requests, who] = await Promise.all([api(`requests?size=100${query}`), names()]);
    document.getElementById('requests').replaceChildren(...requests.map(request => {
      const tr = document.createElement('tr');
      tr.append(cell(requestLink(request.number)), cell(tValue('type', request.type)), cell(tValue('status', request.status)),
        cell(languagesLine(request.sourceLanguage, request.targetLanguages)),
        cell(who.person(request.requester)), cell(formatDate(request.wantedBy)));
      return tr;
    }));
    document.getElementById('count').textContent = requests.length ? tCount('requests.count', requests.length)
      : t('requests.none');
  } catch (error) {
    showProblem(messages, error);
  }
}

status.addEventListener('change', load);
if (await startStaffPage()) load();
