import { api, renderActingAs, showProblem } from './api.js';

const form = document.getElementById('request-form');
const messages = document.getElementById('messages');

renderActingAs(document.getElementById('identity'));

form.addEventListener('submit', async event => {
  event.preventDefault();
  document.querySelectorAll('[data-errors-for]').forEach(e => { e.textContent = ''; });
  const data = Object.fromEntries(new FormData(form));
  try {
    const request = await api('requests', { method: 'POST', body: { ...data, wantedBy: data.wantedBy || null } });
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
  } catch (error) {
    showProblem(messages, error);
  }
});
