// A request's detail: where it stands, what was asked, each language's job and the timeline of who did what.
// The requester answers a question or withdraws the request here.
import { startStaffPage } from './chrome.js';
import { names } from './directory.js';
import { cell, showText } from './elements.js';
import { api } from './http.js';
import { hasRole } from './session.js';
import { showSeries } from './series.js';
import { showNotice, showProblem } from './notices.js';
import { formatDate, formatDateTime, languageName, markLanguage, t, tValue } from './i18n.js';
import { downloadLink, eventLine, findingNotes, interpreterLabel, languagesLine, receiptLine, requesterLine } from './request-parts.js';
import { JOB_STATUS, STATUS, TIMELINE_EVENT, WITHDRAWABLE_STATUSES } from './workflow-names.js';

const number = new URLSearchParams(location.search).get('number') ?? '';
const messages = document.getElementById('messages');
document.getElementById('number').textContent = number;
const path = 'requests/' + encodeURIComponent(number);

const session = await startStaffPage();
if (session) load();


async function load() {
  try {
    await render(await api(path));
  } catch (error) {
    showProblem(messages, error);
  }
}

async function render(request) {
  document.getElementById('request').hidden = false;
  showText('current-step', tValue('step', request.status));
  showText('type', tValue('type', request.type));
  showText('status', tValue('status', request.status));
  const who = await names();
  showText('requester', requesterLine(request, who));
  showText('languages', languagesLine(request.sourceLanguage, request.jobs.map(job => job.targetLanguage)));
  document.getElementById('easy-japanese-term').hidden = !request.easyJapanese;
  document.getElementById('easy-japanese').hidden = !request.easyJapanese;
  showText('easy-japanese', !request.easyJapanese ? '' : request.easyJapanese.wanted
    ? t('request.easy-japanese-wanted')
    : t('request.easy-japanese-not-needed', { reason: tValue('easy-japanese', request.easyJapanese.reason) }));
  showText('wantedBy', request.wantedBy ? `${formatDate(request.wantedBy)}（${request.fiscalYear}）` : '—');
  showText('submittedAt', formatDateTime(request.submittedAt));
  showText('receipt', receiptLine(request.receipt));
  document.getElementById('findings').replaceChildren(...findingNotes(request.intakeFindings));
  document.getElementById('event-part').hidden = !request.event;
  if (request.event) {
    showText('event', eventLine(request.event)
      + (request.interpreter ? ` · ${t('request.interpreter', { name: request.interpreter })}` : ''));
    showBooking(request);
    showSeries(number, session, load).catch(error => showProblem(messages, error));
  }
  document.getElementById('rejection-part').hidden = !request.rejection;
  showText('rejection', request.rejection?.explanation);
  const source = document.getElementById('source-text');
  markLanguage(source, request.sourceLanguage);
  source.textContent = request.text ?? '';
  source.hidden = !request.text;
  document.getElementById('document').replaceChildren(request.document ? downloadLink(`/api/${path}/document`, request.document) : '');
  document.getElementById('letter-part').hidden = !request.letter;
  document.getElementById('letter').replaceChildren(request.letter ? downloadLink(`/api/${path}/letter`, request.letter) : '');
  document.getElementById('jobs').replaceChildren(...request.jobs.map(job => {
    const tr = document.createElement('tr');
    const translation = document.createElement('div');
    if (job.translation) {
      const body = document.createElement('pre');
      markLanguage(body, job.targetLanguage);
      body.textContent = job.translation;
      translation.append(body);
    }
    if (job.translatedDocument) {
      translation.append(downloadLink(`/api/${path}/jobs/${encodeURIComponent(job.targetLanguage)}/document`, job.translatedDocument));
    }
    tr.append(cell(languageName(job.targetLanguage), '—'), cell(tValue('job', job.status)),
      cell(job.translator ? who.person(job.translator) : tValue('role', job.translatorGroup)), cell(job.reviewer ? who.person(job.reviewer) : tValue('role', job.reviewerGroup)),
      cell(translation.childNodes.length ? translation : '—'));
    return tr;
  }));
  showRouteForm(request);
  document.getElementById('timeline').replaceChildren(...request.timeline.map(step => {
    const item = document.createElement('li');
    const time = document.createElement('time');
    time.dateTime = step.at;
    time.textContent = formatDateTime(step.at);
    const what = document.createElement('strong');
    what.textContent = tValue('event', step.event);
    item.append(time, ' ', what, step.targetLanguage ? `（${languageName(step.targetLanguage)}）` : '', ' — ', who.person(step.actor));
    if (step.note) {
      const note = document.createElement('q');
      note.textContent = step.note;
      item.append(' ', note);
    }
    return item;
  }));
  const mine = request.requester === session.displayName || request.requester === session.username;
  const question = request.status === STATUS.AWAITING_ANSWER
    ? [...request.timeline].reverse().find(step => step.event === TIMELINE_EVENT.QUESTION_ASKED) : null;
  document.getElementById('question-part').hidden = !(question && mine);
  showText('question', question?.note);
  document.getElementById('cancel-form').hidden = !(mine && WITHDRAWABLE_STATUSES.includes(request.status));
}

async function reply(action, body) {
  try {
    await render(await api(`${path}/${action}`, { method: 'POST', body }));
    showNotice(messages, t(`request.${action}-done`));
  } catch (error) {
    showProblem(messages, error);
  }
}

/** The office sends a job whose translation is not handed in yet to other groups than routing chose. */
function showRouteForm(request) {
  const form = document.getElementById('route-form');
  const open = request.jobs.filter(job => job.status === JOB_STATUS.IN_TRANSLATION && !job.translator);
  form.hidden = !open.length || !hasRole(session, 'coordinator', 'office-manager');
  form.elements.target.replaceChildren(...open.map(job => new Option(languageName(job.targetLanguage), job.targetLanguage)));
  const first = open[0];
  if (first) {
    form.elements.translatorGroup.value = first.translatorGroup ?? 'coordinator';
    form.elements.reviewerGroup.value = first.reviewerGroup ?? 'reviewer';
  }
}

document.getElementById('route-form').addEventListener('submit', async event => {
  event.preventDefault();
  const form = event.target;
  try {
    await api(`${path}/jobs/${encodeURIComponent(form.elements.target.value)}/route`, { method: 'PUT', body: {
      translatorGroup: form.elements.translatorGroup.value, reviewerGroup: form.elements.reviewerGroup.value,
      reason: form.elements.reason.value
    } });
    form.reset();
    showNotice(messages, t('request.route-changed'));
    load();
  } catch (error) {
    showProblem(messages, error, form);
  }
});

/** A booked interpretation: its calendar file for everyone who sees the request, its change for the office. */
async function showBooking(request) {
  const file = document.getElementById('booking-file');
  file.hidden = !request.interpreter;
  file.href = `/api/${path}/booking.ics`;
  const form = document.getElementById('booking-form');
  form.hidden = request.status !== STATUS.SCHEDULED || !hasRole(session, 'coordinator', 'office-manager');
  if (form.hidden) return;
  const interpreters = await api(`interpreting/interpreters?number=${encodeURIComponent(number)}`);
  form.elements.interpreter.replaceChildren(...interpreters.map(person => new Option(
    person.username === request.interpreter ? person.displayName : interpreterLabel(person), person.username)));
  form.elements.interpreter.value = request.interpreter;
  form.elements.start.value = localInput(request.event.start, request.event.timeZone);
  form.elements.end.value = localInput(request.event.end, request.event.timeZone);
  form.elements.place.value = request.event.place ?? '';
}

/** An instant as a datetime-local value where the event is held ("2026-12-18T14:00"). */
function localInput(instant, timeZone) {
  const parts = Object.fromEntries(new Intl.DateTimeFormat('en-CA', {
    timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23'
  }).formatToParts(new Date(instant)).map(part => [part.type, part.value]));
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

document.getElementById('booking-form').addEventListener('submit', async event => {
  event.preventDefault();
  const form = event.target;
  try {
    await api(path + '/booking', { method: 'PUT', body: {
      interpreter: form.elements.interpreter.value, start: form.elements.start.value || null,
      end: form.elements.end.value || null, place: form.elements.place.value
    } });
    showNotice(messages, t('request.booking-changed'));
    load();
  } catch (error) {
    showProblem(messages, error, form);
  }
});

document.getElementById('answer-form').addEventListener('submit', event => {
  event.preventDefault();
  reply('answer', { text: event.target.elements.text.value });
});

document.getElementById('cancel-form').addEventListener('submit', event => {
  event.preventDefault();
  reply('cancel', { text: event.target.elements.text.value });
});
