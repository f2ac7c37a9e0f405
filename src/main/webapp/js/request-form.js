import { api, newSubmissionKey, renderSession, showProblem } from './api.js';

const form = document.getElementById('request-form');
const messages = document.getElementById('messages');
const text = document.getElementById('text');
const source = document.getElementById('sourceLanguage');
const target = document.getElementById('targetLanguages');

renderSession(document.getElementById('identity'));
loadLanguages();

async function loadLanguages() {
  const languages = await api('languages');
  for (const [select, preselected] of [[source, 'ja'], [target, 'en']]) {
    select.replaceChildren(...languages.map(l => new Option(`${l.name} — ${l.autonym}`, l.tag)));
    select.value = preselected;
  }
}

// One key per filled-in form: a double click or a retry after a lost answer sends the same key, and the server
// answers it with the one request it made; any change to the form makes it another submission.
let submissionKey = newSubmissionKey();
form.addEventListener('input', () => { submissionKey = newSubmissionKey(); });
let countTimer;
text.addEventListener('input', scheduleCount);
source.addEventListener('change', scheduleCount);

function scheduleCount() {
  clearTimeout(countTimer);
  countTimer = setTimeout(showReceipt, 300);
}

async function showReceipt() {
  const summary = document.getElementById('receipt-summary');
  if (!text.value.trim()) {
    summary.textContent = '—';
    return;
  }
  const { receipt, rules } = await api('counting', { method: 'POST', body: { text: text.value, language: source.value } });
  const b = receipt.breakdown;
  summary.textContent = receipt.unit === 'CHARACTERS'
    ? `${receipt.characters} 字 / characters (漢字 ${b.kanji}, かな ${b.kana}, 英字 ${b.latinLetters} [${b.latinWords} words], 数字 ${b.digits}, 記号 ${b.punctuation}) · 原稿用紙 ${receipt.manuscriptPages} 枚 · ≈ ${receipt.estimatedHours} h`
    : `${receipt.words} words · ${receipt.characters} characters · ≈ ${receipt.estimatedHours} h`;
  document.getElementById('receipt-rules').replaceChildren(...rules.map(rule => {
    const li = document.createElement('li');
    li.textContent = rule;
    return li;
  }));
}

form.addEventListener('submit', async event => {
  event.preventDefault();
  document.querySelectorAll('[data-errors-for]').forEach(e => { e.textContent = ''; });
  const data = Object.fromEntries(new FormData(form));
  const targetLanguages = [...target.selectedOptions].map(option => option.value);
  try {
    const request = await api('requests', {
      method: 'POST',
      body: { ...data, targetLanguages, wantedBy: data.wantedBy || null },
      idempotencyKey: submissionKey
    });
    submissionKey = newSubmissionKey();
    messages.replaceChildren();
    const box = document.createElement('div');
    box.className = 'notice';
    box.setAttribute('role', 'status');
    const link = document.createElement('a');
    link.href = 'request.html?number=' + encodeURIComponent(request.number);
    link.textContent = request.number;
    box.append('受け付けました / Received: ', link);
    messages.append(box);
    form.reset();
    source.value = 'ja';
    target.value = 'en';
    document.getElementById('receipt-summary').textContent = '—';
    document.getElementById('receipt-rules').replaceChildren();
  } catch (error) {
    showProblem(messages, error);
  }
});
