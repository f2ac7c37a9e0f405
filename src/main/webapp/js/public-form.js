// The public form: no account and no session; a signed form token from the server proves the form came from
// this site and was not sent by a script the instant it loaded.
import { appendWithRuby, message, renderCitizenLanguageSwitch } from './citizen-i18n.js';
import { startCitizenPage } from './chrome.js';
import { publicApi } from './http.js';
import { showProblem } from './notices.js';
import { markLanguage, t } from './i18n.js';
import { fetchCount, offerLanguages, showEarliestDelivery, volumeOf, whenTypingPauses } from './request-intake.js';
import { receiptLine } from './request-parts.js';
import { showTextChecks } from './text-checks.js';

startCitizenPage(renderCitizenLanguageSwitch);

const form = document.getElementById('public-form');
const messages = document.getElementById('messages');
let formToken;
/** The receipt of the text as last counted, for the earliest date when only the target language changes. */
let lastReceipt = null;

async function freshToken() {
  formToken = (await publicApi('public/form-token')).formToken;
}

async function loadLanguages() {
  offerLanguages(await publicApi('languages'), [form.elements.sourceLanguage, 'ja'], [form.elements.targetLanguage, 'en']);
  markLanguage(form.elements.text, form.elements.sourceLanguage.value);
}

// another source language counts the text again (characters or words), and so moves the earliest date
form.elements.sourceLanguage.addEventListener('change', () => {
  markLanguage(form.elements.text, form.elements.sourceLanguage.value);
  count().catch(error => showProblem(messages, error));
});

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

/** The form as JSON, or with the photo or scan of the citizen's letter as multipart: the form part, the file. */
function withLetter(request) {
  const letter = form.elements.letter.files[0];
  if (!letter || request.type === 'interpretation') return request;
  const body = new FormData();
  body.append('request', new Blob([JSON.stringify(request)], { type: 'application/json' }));
  body.append('letter', letter);
  return body;
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
  if (event.target.name === 'targetLanguage') showEarliest().catch(error => showProblem(messages, error));
});

// the same live count and earliest date as the staff form, from the same open endpoints
form.elements.text.addEventListener('input', whenTypingPauses(() => count().catch(error => showProblem(messages, error))));

async function count() {
  const text = form.elements.text.value;
  const summary = document.getElementById('receipt-summary');
  let counted = null;
  if (!text.trim()) {
    summary.textContent = '—';
  } else {
    ({ receipt: counted } = await fetchCount(publicApi, text, form.elements.sourceLanguage.value));
    summary.textContent = receiptLine(counted);
    await showTextChecks(publicApi, text, form.elements.sourceLanguage.value, { easyJapanese: false });
  }
  lastReceipt = counted;
  await showEarliest();
}

function showEarliest() {
  return showEarliestDelivery(publicApi, {
    type: 'translation', hours: lastReceipt?.estimatedHours ?? 0, source: form.elements.sourceLanguage.value,
    targets: [form.elements.targetLanguage.value].filter(Boolean), volume: volumeOf(lastReceipt)
  }, document.getElementById('earliest'));
}

form.addEventListener('submit', async event => {
  event.preventDefault();
  document.querySelectorAll('[data-errors-for]').forEach(e => { e.textContent = ''; });
  try {
    const receipt = await publicApi('public/requests', { method: 'POST', body: withLetter(submission()) });
    showReceipt(receipt);
    form.reset();
    showPartForType();
    await loadLanguages();
    lastReceipt = null;
    await showEarliest();
  } catch (error) {
    showProblem(messages, error);
  }
  await freshToken().catch(error => showProblem(messages, error));
});

showPartForType();
Promise.all([loadLanguages().then(showEarliest), freshToken()]).catch(error => showProblem(messages, error));
