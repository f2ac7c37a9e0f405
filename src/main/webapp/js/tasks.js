import { api, renderSession, showProblem } from './api.js';

const body = document.getElementById('tasks');
const messages = document.getElementById('messages');

const session = await renderSession(document.getElementById('identity'));
if (session) {
  load();
  loadMailPreference();
  if (session.roles.some(role => role === 'coordinator' || role === 'office-manager')) loadFailedMail();
}

async function loadMailPreference() {
  const select = document.getElementById('mail-preference');
  try {
    select.value = (await api('notifications/preference')).preference;
  } catch (error) {
    showProblem(messages, error);
  }
  select.addEventListener('change', async () => {
    try {
      await api('notifications/preference', { method: 'PUT', body: { preference: select.value } });
    } catch (error) {
      showProblem(messages, error);
    }
  });
}

async function loadFailedMail() {
  try {
    const failed = await api('notifications/outbox?status=FAILED');
    document.getElementById('failed-mail-part').hidden = failed.length === 0;
    document.getElementById('failed-mail').replaceChildren(...failed.map(mail => {
      const tr = document.createElement('tr');
      const again = document.createElement('button');
      again.type = 'button';
      again.textContent = '再送 / Send again';
      again.addEventListener('click', async () => {
        try {
          await api(`notifications/outbox/${mail.id}/retry`, { method: 'POST' });
          loadFailedMail();
        } catch (error) {
          showProblem(messages, error);
        }
      });
      tr.append(cell(mail.requestNumber ?? '—'), cell(mail.recipient), cell(mail.subject), cell(mail.lastError),
        cell(again));
      return tr;
    }));
  } catch (error) {
    showProblem(messages, error);
  }
}

async function load() {
  body.replaceChildren();
  try {
    for (const task of await api('tasks')) body.append(row(task));
  } catch (error) {
    showProblem(messages, error);
  }
}

function cell(content) {
  const td = document.createElement('td');
  td.append(content ?? '');
  return td;
}

function row(task) {
  const tr = document.createElement('tr');
  const link = document.createElement('a');
  link.href = 'request.html?number=' + encodeURIComponent(task.requestNumber);
  link.textContent = task.requestNumber;
  const name = task.intakeFindings.length ? `${task.name} ⚠ ${task.intakeFindings.join(', ')}` : task.name;
  tr.append(cell(link), cell(name), cell(`${task.sourceLanguage} → ${task.targetLanguages.join(', ')}`),
    cell(due(task)), cell(task.wantedBy), cell(task.assignee ?? '—'), cell(actions(task)));
  return tr;
}

// overdue and due-soon are said in words, not only by colour
function due(task) {
  if (!task.due) return '—';
  const at = new Date(task.due);
  const hoursLeft = (at - Date.now()) / 36e5;
  const state = hoursLeft < 0 ? ' (期限切れ / overdue)' : hoursLeft < 24 ? ' (まもなく / due soon)' : '';
  return at.toLocaleString() + state;
}

function actions(task) {
  const box = document.createElement('div');
  const me = session.username;
  if (task.assignee !== me) {
    const claim = document.createElement('button');
    claim.type = 'button';
    claim.textContent = '担当する / Claim';
    claim.addEventListener('click', () => act(() => api(`tasks/${task.id}/claim`, { method: 'POST' })));
    box.append(claim);
    return box;
  }
  const note = document.createElement('textarea');
  note.setAttribute('aria-label', task.taskKey === 'translateRequest' ? 'Translation / 翻訳文' : 'Comment / コメント');
  box.append(note);
  for (const outcome of task.outcomes) {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = outcome;
    button.addEventListener('click', () => act(() => api(`tasks/${task.id}/complete`, {
      method: 'POST',
      body: task.taskKey === 'translateRequest'
        ? { outcome, translation: note.value }
        : { outcome, comment: note.value }
    })));
    box.append(' ', button);
  }
  return box;
}

async function act(call) {
  try {
    await call();
    messages.replaceChildren();
    await load();
  } catch (error) {
    showProblem(messages, error);
  }
}
