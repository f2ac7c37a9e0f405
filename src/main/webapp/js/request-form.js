// The staff request form: translation, checking or interpretation; pasted text or an uploaded file (with a
// progress bar); a live counting receipt and the earliest delivery date the office can promise.
import { startStaffPage } from './chrome.js';
import { api, newSubmissionKey, upload } from './http.js';
import { showNotice, showProblem } from './notices.js';
import { showEncodingChoice } from './encoding-choice.js';
import { formatNumber, markLanguage, t, tValue } from './i18n.js';
import { fetchCount, offerLanguages, showEarliestDelivery, volumeOf, whenTypingPauses } from './request-intake.js';
import { showTextChecks } from './text-checks.js';
import { requestLink } from './request-parts.js';

const form = document.getElementById('request-form');
const messages = document.getElementById('messages');
const text = document.getElementById('text');
const source = document.getElementById('sourceLanguage');
const target = document.getElementById('targetLanguages');
const file = document.getElementById('document');
const progress = document.getElementById('document-progress');
const progressLabel = document.getElementById('document-progress-label');

let receipt = null;

const session = await startStaffPage();
if (session) {
  await Promise.all([loadLanguages(), loadPartners()]);
  showType();
  showEasyJapanese();
}

async function loadLanguages() {
  offerLanguages(await api('languages'), [source, 'ja'], [target, 'en']);
}

async function loadPartners() {
  const partners = await api('directory/partners');
  document.getElementById('partners-part').hidden = partners.length === 0;
  document.getElementById('partners').replaceChildren(...partners.map(partner => {
    const label = document.createElement('label');
    label.className = 'inline';
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.name = 'partners';
    box.value = partner.code;
    label.append(box, ' ', partner.name);
    return label;
  }));
}

function type() {
  return form.elements.type.value;
}

function targets() {
  return [...target.selectedOptions].map(option => option.value);
}

function showType() {
  const interpretation = type() === 'interpretation';
  document.getElementById('event-part').hidden = !interpretation;
  document.getElementById('wanted-part').hidden = interpretation;
  document.getElementById('checking-part').hidden = type() !== 'checking';
  target.multiple = !interpretation;
  target.size = interpretation ? 1 : 5;
  document.getElementById('targetLanguages-hint').hidden = interpretation;
  showExistingTranslations();
  showEarliest();
}

// a check needs the translation to check for each target language
function showExistingTranslations() {
  const container = document.getElementById('existing');
  const kept = Object.fromEntries([...container.querySelectorAll('textarea')].map(area => [area.dataset.tag, area.value]));
  container.replaceChildren(...targets().map(tag => {
    const box = document.createElement('div');
    const label = document.createElement('label');
    label.htmlFor = 'existing-' + tag;
    label.textContent = t('form.existing-for', { language: target.querySelector(`option[value="${CSS.escape(tag)}"]`)?.text ?? tag });
    const area = document.createElement('textarea');
    area.id = 'existing-' + tag;
    area.dataset.tag = tag;
    markLanguage(area, tag);
    area.value = kept[tag] ?? '';
    box.append(label, area);
    return box;
  }));
}

// One key per filled-in form: a double click or a retry after a lost answer sends the same key, and the server
// answers it with the one request it made; any change to the form makes it another submission.
let submissionKey = newSubmissionKey();
form.addEventListener('input', () => { submissionKey = newSubmissionKey(); });
/** For a Japanese text to translate or check: is an easy-Japanese version wanted too, or why not. */
function showEasyJapanese() {
  const asked = source.value === 'ja' && type() !== 'interpretation';
  document.getElementById('easy-japanese-part').hidden = !asked;
  document.getElementById('easy-japanese-reason-part').hidden =
    !asked || new FormData(form).get('easyJapanese') !== 'not-needed';
}

form.addEventListener('change', event => {
  if (event.target.name === 'type' || event.target === source || event.target.name === 'easyJapanese') {
    showEasyJapanese();
  }
  if (event.target.name === 'type') showType();
  if (event.target === target) {
    showExistingTranslations();
    showEarliest();
  }
});

const scheduleCount = whenTypingPauses(countText);
text.addEventListener('input', scheduleCount);
markLanguage(text, source.value);
source.addEventListener('change', () => {
  markLanguage(text, source.value);
  return file.files.length ? countFile() : scheduleCount();
});
file.addEventListener('change', countFile);
document.getElementById('document-clear').addEventListener('click', () => {
  file.value = '';
  forgetEncoding();
  document.getElementById('document-upload').hidden = true;
  scheduleCount();
});

async function countText() {
  if (file.files.length) return;
  if (!text.value.trim()) {
    showReceipt(null, []);
    document.getElementById('text-checks').hidden = true;
    return;
  }
  try {
    const counted = await fetchCount(api, text.value, source.value);
    showReceipt(counted.receipt, counted.rules);
    await showTextChecks(api, text.value, source.value);
  } catch (error) {
    showProblem(messages, error);
  }
}

/** The encoding the requester chose for a text file that reads more than one way; null until they must choose. */
let documentCharset = null;
const encodingChoice = document.getElementById('document-encoding');

function forgetEncoding() {
  documentCharset = null;
  showEncodingChoice(encodingChoice, null);
}

async function countFile(event) {
  const chosen = file.files[0];
  if (event?.type === 'change' && event.target === file) forgetEncoding();
  if (!chosen) return;
  document.getElementById('document-upload').hidden = false;
  showProgress(0);
  try {
    const charset = documentCharset ? `&charset=${encodeURIComponent(documentCharset)}` : '';
    const counted = await upload(`documents/receipt?language=${encodeURIComponent(source.value)}${charset}`, chosen, {
      contentType: 'application/octet-stream', onProgress: showProgress
    });
    showProgress(1);
    progressLabel.textContent = t('form.document-counted', { name: chosen.name });
    if (!documentCharset) {
      showEncodingChoice(encodingChoice, counted.encoding, charsetName => {
        documentCharset = charsetName;
        countFile();
      });
    }
    showReceipt(counted.receipt, []);
    document.getElementById('document-error').textContent = '';
  } catch (error) {
    progressLabel.textContent = '';
    showProblem(messages, error);
    document.getElementById('document-error').textContent = error.message;
  }
}

function showProgress(share) {
  progress.value = Math.round(share * 100);
  progressLabel.textContent = t('form.uploading', { percent: Math.round(share * 100) });
}

function showReceipt(counted, rules) {
  receipt = counted;
  const summary = document.getElementById('receipt-summary');
  if (!counted) {
    summary.textContent = '—';
  } else if (counted.unit === 'CHARACTERS') {
    const b = counted.breakdown;
    summary.textContent = t('receipt.characters', {
      characters: formatNumber(counted.characters), kanji: formatNumber(b.kanji), kana: formatNumber(b.kana),
      latin: formatNumber(b.latinLetters), digits: formatNumber(b.digits), punctuation: formatNumber(b.punctuation),
      pages: formatNumber(counted.manuscriptPages), hours: formatNumber(counted.estimatedHours)
    });
  } else {
    summary.textContent = t('receipt.words', {
      words: formatNumber(counted.words), characters: formatNumber(counted.characters),
      hours: formatNumber(counted.estimatedHours)
    });
  }
  document.getElementById('receipt-rules').replaceChildren(...rules.map(rule => {
    const li = document.createElement('li');
    li.textContent = rule;
    return li;
  }));
  showEarliest();
}

async function showEarliest() {
  const hint = document.getElementById('earliest');
  const wantedBy = document.getElementById('wantedBy');
  try {
    const estimate = await showEarliestDelivery(api, {
      type: type(), hours: receipt?.estimatedHours ?? 0, source: source.value,
      targets: type() === 'translation' ? targets() : [], volume: volumeOf(receipt)
    }, hint);
    if (!wantedBy.value) wantedBy.value = estimate.earliest;
  } catch (error) {
    hint.textContent = '';
  }
}

function requestBody() {
  const data = new FormData(form);
  const body = {
    type: type(),
    purpose: data.get('purpose') || null,
    topic: data.get('topic') || null,
    sourceLanguage: data.get('sourceLanguage'),
    targetLanguages: targets(),
    partners: data.getAll('partners'),
    text: file.files.length ? null : data.get('text'),
    wantedBy: type() === 'interpretation' ? null : data.get('wantedBy') || null
  };
  if (!document.getElementById('easy-japanese-part').hidden && data.get('easyJapanese')) {
    body.easyJapanese = data.get('easyJapanese');
    if (body.easyJapanese === 'not-needed') body.easyJapaneseReason = data.get('easyJapaneseReason');
  }
  if (type() === 'checking') {
    body.existingTranslations = Object.fromEntries(
      [...document.querySelectorAll('#existing textarea')].map(area => [area.dataset.tag, area.value]));
  }
  if (type() === 'interpretation') {
    body.event = {
      start: data.get('start') || null, end: data.get('end') || null, place: data.get('place'),
      mode: data.get('mode'), audience: data.get('audience') || null
    };
  }
  return body;
}

async function send() {
  const body = requestBody();
  const repeat = type() === 'interpretation' ? new FormData(form).get('repeat') : '';
  if (repeat) {
    return api('interpreting/series', { method: 'POST', body: { request: body, frequency: repeat, count: Number(new FormData(form).get('count')) } });
  }
  if (!file.files.length) {
    return api('requests', { method: 'POST', body, idempotencyKey: submissionKey });
  }
  const multipart = new FormData();
  multipart.append('request', new Blob([JSON.stringify(body)], { type: 'application/json' }));
  multipart.append('document', file.files[0], file.files[0].name);
  if (documentCharset) multipart.append('documentCharset', documentCharset);
  document.getElementById('document-upload').hidden = false;
  return upload('requests', multipart, { idempotencyKey: submissionKey, onProgress: showProgress });
}

form.addEventListener('submit', async event => {
  event.preventDefault();
  const button = form.querySelector('button[type=submit]');
  button.disabled = true;
  try {
    const sent = await send();
    submissionKey = newSubmissionKey();
    if (sent.meetings) {
      showNotice(messages, t('form.series-received', { count: sent.meetings.length }), ' ',
        ...sent.meetings.flatMap(meeting => [requestLink(meeting.number), ' ']));
    } else {
      showNotice(messages, t('form.received', { type: tValue('type', sent.type) }), ' ', requestLink(sent.number));
    }
    form.reset();
    file.value = '';
    forgetEncoding();
    document.getElementById('document-upload').hidden = true;
    source.value = 'ja';
    target.value = 'en';
    markLanguage(text, source.value);
    showReceipt(null, []);
    showType();
    showEasyJapanese();
  } catch (error) {
    showProblem(messages, error);
    form.querySelector('[aria-invalid="true"], .field-error:not(:empty)')?.scrollIntoView({ block: 'center' });
  } finally {
    button.disabled = false;
  }
});
