// A partner's contact: the files delivered to them, downloaded in the session, and the receipt that lets the
// office's process close.
import { api, language, renderSession, showProblem } from './api.js';

const messages = document.getElementById('messages');
const date = new Intl.DateTimeFormat(language(), { dateStyle: 'medium' });

function cell(content) {
  const td = document.createElement('td');
  td.append(content ?? '');
  return td;
}

async function confirm(number, button) {
  try {
    await api(`requests/${encodeURIComponent(number)}/receipt`, { method: 'POST' });
    button.replaceWith('Confirmed / 確認済み');
  } catch (error) {
    showProblem(messages, error);
  }
}

async function receiptCell(number, partner) {
  const request = await api(`requests/${encodeURIComponent(number)}`);
  if (request.receiptsConfirmed?.includes(partner)) return cell('Confirmed / 確認済み');
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = 'Confirm receipt / 受領を確認';
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
    tr.append(cell(link.requestNumber), cell(link.targetLanguage), cell(expired ? link.fileName : download),
      cell(date.format(new Date(link.expiresAt))), await receiptCell(link.requestNumber, link.partner));
    return tr;
  }));
  document.getElementById('deliveries').replaceChildren(...rows);
}

if (await renderSession(document.getElementById('identity'))) load().catch(error => showProblem(messages, error));
