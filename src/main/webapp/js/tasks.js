import { api, renderSession, showProblem } from './api.js';

const body = document.getElementById('tasks');
const messages = document.getElementById('messages');

const session = await renderSession(document.getElementById('identity'));
if (session) load();

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
