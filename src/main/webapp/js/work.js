// One task worked on: the request with its source beside the translation. Translators work segment by segment
// with the memory's matches, or type, paste, load a text file or send back the XLIFF from their CAT tool;
// reviewers approve or ask for changes; coordinators triage, book the interpreter and report on the event.
import { startStaffPage } from './chrome.js';
import { names } from './directory.js';
import { showText } from './elements.js';
import { api, upload } from './http.js';
import { forgetDraft, showSegmentEditor } from './segment-editor.js';
import { showNotice, showProblem } from './notices.js';
import { showEncodingChoice } from './encoding-choice.js';
import { formatDate, formatDateTime, languageName, markLanguage, t, tValue } from './i18n.js';
import { downloadLink, eventLine, findingNotes, interpreterLabel, languagesLine, receiptLine, requesterLine } from './request-parts.js';
import { OUTCOME, STEP, TIMELINE_EVENT, TRIAGE_STEPS } from './workflow-names.js';
import { heldBack, showHeldBack, showKept } from './quality-checks.js';
import { hasRole } from './session.js';

/** The longest text the personal-data check takes (POST /api/intake/text-checks). */
const LONGEST_CHECKED = 20000;

const taskId = new URLSearchParams(location.search).get('task') ?? '';
const messages = document.getElementById('messages');
const translation = document.getElementById('translation');
const comment = document.getElementById('comment');
const progress = document.getElementById('upload-progress');
const progressLabel = document.getElementById('upload-label');

let current = null;
/** The editor's translations by segment id, while the translator works segment by segment. */
let segmentTranslations = null;
/** The reasons written for keeping what the checks found, by finding key; and how to send the work again. */
let checkReasons = () => ({});
let resend = null;
const draftKey = 'kakehashi.draft.' + taskId;

const session = await startStaffPage();
if (session) open().catch(error => showProblem(messages, error));


async function open() {
  // a task closed since, or not the caller's, is 404
  const task = taskId && await api('tasks/' + encodeURIComponent(taskId)).catch(error => {
    if (error.problem?.status === 404) return null;
    throw error;
  });
  if (!task) {
    document.getElementById('title').textContent = t('work.gone');
    return;
  }
  current = task;
  const request = await api('requests/' + encodeURIComponent(task.requestNumber));
  const target = task.targetLanguages.length === 1 ? task.targetLanguages[0] : null;
  const job = request.jobs.find(candidate => candidate.targetLanguage === target);
  const requestPath = `/api/requests/${encodeURIComponent(request.number)}`;

  document.title = `${tValue('task', task.taskKey)} ${request.number} — ${t('app.name')}`;
  showText('title', `${tValue('task', task.taskKey)} — ${request.number}`);
  const link = document.getElementById('request-link');
  link.href = 'request.html?number=' + encodeURIComponent(request.number);
  link.textContent = `${request.number} (${tValue('type', request.type)})`;
  const who = await names();
  showText('requester', requesterLine(request, who));
  showText('languages', languagesLine(request.sourceLanguage, task.targetLanguages));
  showText('wanted-by', formatDate(request.wantedBy));
  showText('due', task.due ? formatDateTime(task.due) : '—');
  showText('receipt', receiptLine(request.receipt));
  document.getElementById('findings').replaceChildren(...findingNotes(request.intakeFindings));
  if (request.event) showText('event', eventLine(request.event));

  const source = document.getElementById('source-text');
  markLanguage(source, request.sourceLanguage);
  source.textContent = request.text ?? '';
  source.hidden = !request.text;
  document.getElementById('source-document').replaceChildren(
    request.document ? downloadLink(`${requestPath}/document`, request.document) : '');

  const asked = request.timeline.filter(step => step.event === TIMELINE_EVENT.CHANGES_REQUESTED && step.targetLanguage === target && step.note);
  if (task.taskKey === STEP.TRANSLATE) {
    document.getElementById('translation-part').hidden = false;
    document.getElementById('files-part').hidden = false;
    document.getElementById('translation-title').textContent = t('work.translation-into', { language: languageName(target) });
    markLanguage(translation, target);
    translation.value = job?.translation ?? '';
    document.getElementById('xliff-download').href = `${requestPath}/jobs/${encodeURIComponent(target)}/xliff`;
    document.getElementById('xliff12-download').href = `${requestPath}/jobs/${encodeURIComponent(target)}/xliff?format=1.2`;
    await showSegments(request, target);
    comment.hidden = true;
    document.getElementById('comment-label').hidden = true;
    document.getElementById('comments-part').hidden = asked.length === 0;
    document.getElementById('comments').replaceChildren(...asked.reverse().map(step => {
      const item = document.createElement('li');
      item.append(`${formatDateTime(step.at)} ${step.actor}: `);
      const note = document.createElement('q');
      note.textContent = step.note;
      item.append(note);
      return item;
    }));
  }
  if (task.taskKey === STEP.REVIEW) {
    document.getElementById('translation-part').hidden = false;
    document.getElementById('translation-title').textContent = t('work.translation-into', { language: languageName(target) });
    translation.hidden = true;
    const read = document.getElementById('translation-read');
    read.hidden = false;
    markLanguage(read, target);
    read.textContent = job?.translation ?? '';
    if (job?.translatedDocument) {
      read.after(downloadLink(`${requestPath}/jobs/${encodeURIComponent(target)}/document`, job.translatedDocument));
    }
    const findings = await api(`requests/${encodeURIComponent(request.number)}/jobs/${encodeURIComponent(target)}/findings`);
    document.getElementById('kept-part').hidden = showKept(document.getElementById('kept-findings'), findings) === 0;
    document.getElementById('comment-label').textContent = t('work.review-comment');
    showText('comment-hint', t('work.review-hint'));
  }
  if (TRIAGE_STEPS.includes(task.taskKey) && request.jobs.length) await showRecognition(request);
  if (TRIAGE_STEPS.includes(task.taskKey)) {
    document.getElementById('reason-part').hidden = false;
    const reasons = await api('requests/rejection-reasons');
    document.getElementById('reason').replaceChildren(new Option(t('work.reason-none'), ''),
      ...reasons.map(reason => new Option(reason.text, reason.code)));
    document.getElementById('comment-label').textContent = t('work.triage-comment');
    showText('comment-hint', t('work.triage-hint'));
  }
  if (task.taskKey === STEP.CONFIRM_DELIVERY) await showPersonalDataForPartners(request);
  if (task.taskKey === STEP.CONFIRM_HAND_OUT) {
    document.getElementById('comment-label').textContent = t('work.hand-out-comment');
    showText('comment-hint', t('work.hand-out-hint'));
  }
  if (task.taskKey === STEP.SCHEDULE_INTERPRETATION) await showInterpreters(request);
  if (task.taskKey === STEP.REPORT_EVENT) document.getElementById('comment-label').textContent = t('work.report');

  renderOutcomes(task);
  await showAssignment(task);
  document.getElementById('work').hidden = false;
}

/** Who holds the task; the office gives it to a colleague who may take it, the holder gives it back. */
async function showAssignment(task) {
  const office = hasRole(session, 'coordinator', 'office-manager');
  const holder = task.assignee === session.username;
  document.getElementById('assign-part').hidden = !office && !holder;
  if (!office && !holder) return;
  showText('assignee-now', task.assignee ? t('assign.now', { who: task.assignee }) : t('assign.nobody'));
  const select = document.getElementById('assignee');
  if (office) {
    const candidates = await api(`tasks/${encodeURIComponent(task.id)}/candidates`);
    select.replaceChildren(...candidates.map(person => new Option(person.displayName, person.username)));
  }
  document.getElementById('assignee').hidden = !office;
  document.querySelector('label[for=assignee]').hidden = !office;
  document.getElementById('assign').hidden = !office;
  document.getElementById('give-back').hidden = !task.assignee;
  document.getElementById('assign-part').hidden = false;
}

/** Gives the task to someone, or back to its groups (assignee null); the task may leave the caller's list. */
async function changeAssignment(path, body, assignee) {
  const part = document.getElementById('assign-part');
  try {
    await api(`tasks/${encodeURIComponent(taskId)}/${path}`, { method: 'POST', body });
    document.getElementById('assign-messages').replaceChildren();
    showNotice(messages, t('assign.done'));
    current = { ...current, assignee };
    document.getElementById('assign-reason').value = '';
    await showAssignment(current);
  } catch (error) {
    showProblem(document.getElementById('assign-messages'), error, part);
  }
}

document.getElementById('assign').addEventListener('click', () => {
  const assignee = document.getElementById('assignee').value;
  changeAssignment('assignment', { assignee, reason: document.getElementById('assign-reason').value }, assignee);
});
document.getElementById('give-back').addEventListener('click', () => changeAssignment('give-back',
  { reason: document.getElementById('assign-reason').value }, null));

/** What the memory knows of the text: the earlier request it repeats, and the receipt in three bands. */
async function showRecognition(request) {
  const targets = request.jobs.map(job => 'target=' + encodeURIComponent(job.targetLanguage)).join('&');
  const recognitions = await api(`requests/${encodeURIComponent(request.number)}/recognition?${targets}`);
  document.getElementById('recognition-lines').replaceChildren(...recognitions.map(found => {
    const line = document.createElement('li');
    const unit = t('recognition.unit.' + found.unit.toLowerCase());
    const parts = [languageName(found.target) + ': '];
    if (found.recognisedAs) {
      parts.push(t(found.numbersChanged ? 'recognition.repeats-changed' : 'recognition.repeats',
        { number: found.recognisedAs, share: found.recognisedShare }) + ' ');
    }
    parts.push(t('recognition.receipt', { exact: found.exactVolume, fuzzy: found.fuzzyVolume, fresh: found.newVolume,
      unit, hours: found.estimatedHours, without: found.hoursWithoutMemory }));
    line.textContent = parts.join('');
    return line;
  }));
  document.getElementById('recognition').hidden = recognitions.length === 0;
}

/** The segment editor, unless the job has nothing to split (then the whole text is typed as before). */
async function showSegments(request, target) {
  const segments = await api(`requests/${encodeURIComponent(request.number)}/jobs/${encodeURIComponent(target)}/segments`);
  if (segments.length === 0) return;
  segmentTranslations = showSegmentEditor(document.getElementById('segments'), segments,
    { sourceLanguage: request.sourceLanguage, targetLanguage: target, draftKey });
  document.getElementById('segments-title').textContent = t('editor.title-into', { language: languageName(target) });
  const whole = document.getElementById('whole-text');
  const show = () => {
    document.getElementById('segments').hidden = whole.checked;
    document.getElementById('editor-keys').hidden = whole.checked;
    document.getElementById('whole-part').hidden = !whole.checked;
  };
  whole.addEventListener('change', show);
  document.getElementById('segments-part').hidden = false;
  show();
}

async function showInterpreters(request) {
  document.getElementById('interpreter-part').hidden = false;
  const select = document.getElementById('interpreter');
  const interpreters = await api(`interpreting/interpreters?number=${encodeURIComponent(request.number)}`);
  select.replaceChildren(...interpreters.map(person => new Option(interpreterLabel(person), person.username)));
  const note = () => {
    const chosen = interpreters.find(person => person.username === select.value);
    showText('interpreter-note', !chosen ? '' : chosen.free ? t('work.interpreter-free')
      : chosen.away ? t('work.interpreter-away-note')
        : t('work.interpreter-conflict', { number: chosen.conflictingRequest }));
  };
  select.value = interpreters.find(person => person.free)?.username ?? select.value;
  select.addEventListener('change', note);
  note();
}

function renderOutcomes(task) {
  document.getElementById('outcomes').replaceChildren(...task.outcomes.map((outcome, index) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = index === 0 ? '' : 'secondary';
    button.dataset.outcome = outcome;
    button.textContent = tValue('outcome', outcome);
    button.addEventListener('click', () => complete(task, outcome));
    return button;
  }));
}

/** What goes out to the partners: each translation, with the personal data the checks find in it. */
async function showPersonalDataForPartners(request) {
  document.getElementById('translation-part').hidden = false;
  document.getElementById('translation-title').textContent = t('work.delivery-title');
  translation.hidden = true;
  const checked = document.getElementById('delivery-checks');
  checked.hidden = false;
  const parts = [];
  for (const job of request.jobs.filter(job => job.translation)) {
    const heading = document.createElement('h4');
    heading.textContent = languageName(job.targetLanguage);
    const text = document.createElement('pre');
    text.className = 'source-text';
    markLanguage(text, job.targetLanguage);
    text.textContent = job.translation;
    const found = document.createElement('ul');
    if (job.translation.length <= LONGEST_CHECKED) {
      const checks = await api('intake/text-checks', { method: 'POST', body: { text: job.translation, language: job.targetLanguage } });
      found.replaceChildren(...checks.personalData.map(item => {
        const li = document.createElement('li');
        li.textContent = `「${item.found}」 ${item.advice}`;
        return li;
      }));
    }
    parts.push(heading, found, text);
  }
  checked.replaceChildren(...parts);
  document.getElementById('comment-label').textContent = t('work.confirm-comment');
  showText('comment-hint', t('work.confirm-hint'));
}

async function complete(task, outcome) {
  const form = document.getElementById('step-form');
  const body = { outcome };
  if (task.taskKey === STEP.TRANSLATE) body.translation = translation.value;
  if (!comment.hidden && comment.value.trim()) body.comment = comment.value;
  if (TRIAGE_STEPS.includes(task.taskKey) && outcome === OUTCOME.REJECT) body.reason = form.elements.reason.value || null;
  if (task.taskKey === STEP.SCHEDULE_INTERPRETATION) body.interpreter = form.elements.interpreter.value;
  const overrides = checkReasons();
  try {
    if (task.taskKey === STEP.TRANSLATE && segmentTranslations && !document.getElementById('whole-text').checked) {
      await api(`tasks/${encodeURIComponent(task.id)}/segments`,
        { method: 'POST', body: { segments: segmentTranslations(), overrides } });
    } else {
      await api(`tasks/${encodeURIComponent(task.id)}/complete`, { method: 'POST', body: { ...body, overrides } });
    }
    forgetDraft(draftKey);
    done(task, outcome);
  } catch (error) {
    held(error, () => complete(task, outcome));
  }
}

/** A refusal; when the checks held the work back, their findings with a field for each reason to keep one. */
function held(error, again) {
  showProblem(messages, error);
  const part = document.getElementById('checks-part');
  if (!heldBack(error)) return;
  checkReasons = showHeldBack(document.getElementById('check-findings'), error.problem.errors);
  resend = again;
  part.hidden = false;
  part.querySelector('input')?.focus();
}

document.getElementById('resend').addEventListener('click', () => resend?.());

function done(task, outcome) {
  document.getElementById('work').hidden = true;
  const back = document.createElement('a');
  back.href = 'tasks.html';
  back.textContent = t('work.back');
  showNotice(messages, t('work.done', { step: tValue('outcome', outcome), number: task.requestNumber }), ' ', back);
}

document.getElementById('xliff-file').addEventListener('change', async event => {
  const file = event.target.files[0];
  if (!file) return;
  sendXliff(file);
});

async function sendXliff(file) {
  try {
    const overrides = checkReasons();
    if (Object.keys(overrides).length) {
      await api(`tasks/${encodeURIComponent(taskId)}/overrides`, { method: 'POST', body: { overrides } });
    }
    await sendFile(`tasks/${encodeURIComponent(taskId)}/xliff`, file, 'application/xliff+xml');
    done(current, OUTCOME.SUBMIT);
  } catch (error) {
    held(error, () => sendXliff(file));
  }
}

document.getElementById('text-file').addEventListener('change', event => readTextFile(event.target.files[0], null));

/** The translation from a text file; one that reads more than one way is put in only once the translator chooses. */
async function readTextFile(file, charset) {
  if (!file) return;
  const choice = document.getElementById('text-file-encoding');
  try {
    const declared = charset ? `&charset=${encodeURIComponent(charset)}` : '';
    const read = await sendFile(`text-files?language=${encodeURIComponent(translation.lang)}${declared}`, file,
      'application/octet-stream');
    if (!charset) showEncodingChoice(choice, read, chosen => readTextFile(file, chosen));
    if (!read.certain) {
      progressLabel.textContent = t('encoding.choose');
      return;
    }
    translation.value = read.text;
    progressLabel.textContent = t('work.text-read', { name: file.name, charset: read.charset });
  } catch (error) {
    showProblem(messages, error);
  }
}

function sendFile(path, file, contentType) {
  document.getElementById('upload').hidden = false;
  const show = share => {
    progress.value = Math.round(share * 100);
    progressLabel.textContent = t('form.uploading', { percent: Math.round(share * 100) });
  };
  show(0);
  return upload(path, file, { contentType, onProgress: show });
}
