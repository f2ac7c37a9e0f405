// The public form: no account and no session; a signed form token from the server proves the form came from
// this site and was not sent by a script the instant it loaded.
import { appendWithRuby, message, renderCitizenLanguageSwitch } from './citizen-i18n.js';
import { startCitizenPage } from './chrome.js';
import { publicApi } from './http.js';
import { showProblem } from './notices.js';
import { markLanguage, t } from './i18n.js';
import { fetchCount, offerLanguages, showEarliestDelivery, whenTypingPauses } from './request-intake.js';
import { receiptLine } from './request-parts.js';
import { showTextChecks } from './text-checks.js';

startCitizenPage(renderCitizenLanguageSwitch);

const form = document.getElementById('public-form');
const messages = document.getElementById('messages');
let formToken;

async function freshToken() {
  formToken = (await publicApi('public/form-token')).formToken;
}

async function loadLanguages() {
  offerLanguages(await publicApi('languages'), [form.elements.sourceLanguage, 'ja'], [form.elements.targetLanguage, 'en']);
  markLanguage(form.elements.text, form.elements.sourceLanguage.value);
}

form.elements.sourceLanguage.addEventListener('change',
  () => markLanguage(form.elements.text, form.elements.sourceLanguage.value));

function showPartForType() {
  const interpretation = form.elements.type.value === 'interpretation';
  document.getElementById('translation-part').hidden = interpretation;
  document.getElementById('event-part').hidden = !interpretation;
}

function submission() {
  const data = Object.fromEntries(new FormData(form));
  const request = {
    type: data.type, name: data.name, email: data.email || null,
    sourceLanguage: data.sourceLanguage, targetLanguage: data.targetLanguage,
    formToken, website: data.website
  };
  if (data.type === 'interpretation') {
    request.event = {
      start: data.start || null, end: data.end || null, place: data.place, mode: data.mode,
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone
    };
  } else {
    request.text = data.text;
    request.wantedBy = data.wantedBy || null;
  }
  return request;
}

function showReceipt(receipt) {
  const link = new URL(receipt.statusPage, location.href).href;
  const box = document.createElement('div');
  box.className = 'notice';
  box.setAttribute('role', 'status');
  const heading = document.createElement('p');
  heading.textContent = t('public.received', { number: receipt.number });
  const keep = appendWithRuby(document.createElement('p'), message('public.keep-link'));
  const anchor = document.createElement('a');
  anchor.href = link;
  anchor.textContent = link;
  anchor.id = 'status-link';
  box.append(heading, keep, anchor);
  messages.replaceChildren(box);
}

form.addEventListener('change', event => {
  if (event.target.name === 'type') showPartForType();
});

// the same live count and earliest date as the staff form, from the same open endpoints
form.elements.text.addEventListener('input', whenTypingPauses(() => count().catch(error => showProblem(messages, error))));

async function count() {
  const text = form.elements.text.value;
  const summary = document.getElementById('receipt-summary');
  let hours = 0;
  if (!text.trim()) {
    summary.textContent = '—';
  } else {
    const { receipt } = await fetchCount(publicApi, text, form.elements.sourceLanguage.value);
    hours = receipt.estimatedHours;
    summary.textContent = receiptLine(receipt);
    await showTextChecks(publicApi, text, form.elements.sourceLanguage.value, { easyJapanese: false });
  }
  await showEarliest(hours);
}

function showEarliest(hours) {
  return showEarliestDelivery(publicApi, 'translation', hours, document.getElementById('earliest'), form.elements.wantedBy);
}

form.addEventListener('submit', async event => {
  event.preventDefault();
  document.querySelectorAll('[data-errors-for]').forEach(e => { e.textContent = ''; });
  try {
    const receipt = await publicApi('public/requests', { method: 'POST', body: submission() });
    showReceipt(receipt);
    form.reset();
    showPartForType();
    await loadLanguages();
  } catch (error) {
    showProblem(messages, error);
  }
  await freshToken().catch(error => showProblem(messages, error));
});

showPartForType();
Promise.all([loadLanguages(), freshToken(), showEarliest(0)]).catch(error => showProblem(messages, error));
