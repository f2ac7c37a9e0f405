// A partner's contact: the files delivered to them, downloaded in the session, and the receipt that lets the
// office's process close.
import { startStaffPage } from './chrome.js';
import { cell } from './elements.js';
import { api } from './http.js';
import { showProblem } from './notices.js';
import { formatDateTime, languageName, t } from './i18n.js';

const messages = document.getElementById('messages');

async function confirm(number, button) {
  try {
    await api(`requests/${encodeURIComponent(number)}/receipt`, { method: 'POST' });
    button.replaceWith(t('partner.confirmed'));
  } catch (error) {
    showProblem(messages, error);
  }
}

async function receiptCell(number, partner) {
  const request = await api(`requests/${encodeURIComponent(number)}`);
  if (request.receiptsConfirmed?.includes(partner)) return cell(t('partner.confirmed'));
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = t('partner.confirm');
  button.addEventListener('click', () => confirm(number, button));
  return cell(button);
}

async function load() {
  const links = await api('deliveries');
  const rows = await Promise.all(links.map(async link => {
    const tr = document.createElement('tr');
    const download = document.createElement('a');
    download.href = `/api/deliveries/links/${link.id}/file`;
    download.textContent = link.fileName;
    const expired = new Date(link.expiresAt) <= new Date() || link.revokedAt;
    tr.append(cell(link.requestNumber), cell(languageName(link.targetLanguage)), cell(expired ? link.fileName : download),
      cell(formatDateTime(link.expiresAt)), await receiptCell(link.requestNumber, link.partner));
    return tr;
  }));
  document.getElementById('deliveries').replaceChildren(...rows);
}

if (await startStaffPage()) load().catch(error => showProblem(messages, error));
