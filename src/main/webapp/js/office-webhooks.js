import { cell, secondaryButton } from './elements.js';
import { api } from './http.js';
import { showNotice, showProblem } from './notices.js';
import { formatLogTime, t } from './i18n.js';

const EVENTS = ['request.submitted', 'request.accepted', 'request.delivered', 'request.receipt-confirmed',
  'request.cancelled'];

const form = document.getElementById('webhook-form');
const feedback = document.getElementById('webhook-messages');

function eventChoices() {
  return EVENTS.map(event => {
    const label = document.createElement('label');
    label.className = 'inline';
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.name = 'events';
    box.value = event;
    label.append(box, ' ', t('webhook.event.' + event), ' ');
    const code = document.createElement('code');
    code.textContent = event;
    label.append(code);
    return label;
  });
}

async function retire(endpoint, afterChange) {
  if (!confirm(t('webhook.retire-confirm', { url: endpoint.url }))) return;
  try {
    await api('admin/webhooks/' + endpoint.id, { method: 'DELETE' });
    showNotice(feedback, t('webhook.retired', { url: endpoint.url }));
    await Promise.all([refreshEndpoints(afterChange), afterChange()]);
  } catch (error) {
    showProblem(feedback, error);
  }
}

async function refreshEndpoints(afterChange) {
  const endpoints = await api('admin/webhooks');
  document.getElementById('webhooks').replaceChildren(...endpoints.map(endpoint => {
    const tr = document.createElement('tr');
    tr.append(cell(endpoint.url), cell(endpoint.description, '—'),
      cell(endpoint.events.map(event => t('webhook.event.' + event)).join(', ')),
      cell(t(endpoint.active ? 'webhook.active' : 'webhook.retired-state')),
      cell(`${formatLogTime(endpoint.registeredAt)} ${endpoint.registeredBy}`),
      cell(endpoint.active ? secondaryButton(t('webhook.retire'), () => retire(endpoint, afterChange)) : ''));
    return tr;
  }));
}

async function sendAgain(message) {
  try {
    await api(`admin/webhooks/messages/${message.id}/retry`, { method: 'POST' });
    showNotice(feedback, t('webhook.sent-again', { number: message.requestNumber }));
    await refreshFailing();
  } catch (error) {
    showProblem(feedback, error);
  }
}

async function refreshFailing() {
  const failing = await api('admin/webhooks/messages');
  document.getElementById('webhook-failing').replaceChildren(...failing.map(message => {
    const tr = document.createElement('tr');
    tr.append(cell(formatLogTime(message.queuedAt)), cell(t('webhook.event.' + message.event)),
      cell(message.requestNumber), cell(message.url),
      cell(t(message.status === 'FAILED' ? 'webhook.given-up' : 'webhook.attempts-so-far',
        { attempts: message.attempts })), cell(message.lastError, '—'),
      cell(secondaryButton(t('webhook.send-again'), () => sendAgain(message))));
    return tr;
  }));
}

/** The webhooks section of the office page; `afterChange` refreshes the change log. */
export async function startWebhooks(afterChange) {
  document.getElementById('webhook-event-choices').replaceChildren(...eventChoices());
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const data = new FormData(form);
    try {
      const registered = await api('admin/webhooks', {
        method: 'POST',
        body: { url: data.get('url').trim(), description: data.get('description'), events: data.getAll('events') }
      });
      form.reset();
      const secret = document.createElement('code');
      secret.textContent = registered.secret;
      showNotice(feedback, t('webhook.registered-secret', { url: registered.endpoint.url }), ' ', secret);
      await Promise.all([refreshEndpoints(afterChange), afterChange()]);
    } catch (error) {
      showProblem(feedback, error, form);
    }
  });
  await Promise.all([refreshEndpoints(afterChange), refreshFailing()]);
}
