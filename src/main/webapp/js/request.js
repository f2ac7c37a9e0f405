import { api, renderActingAs, showProblem } from './api.js';

const number = new URLSearchParams(location.search).get('number') ?? '';
document.getElementById('number').textContent = number;
renderActingAs(document.getElementById('identity'), load);
load();

async function load() {
  try {
    const request = await api('requests/' + encodeURIComponent(number));
    document.getElementById('status').textContent = request.status;
    document.getElementById('languages').textContent = `${request.sourceLanguage} → ${request.targetLanguage}`;
    document.getElementById('wantedBy').textContent = request.wantedBy;
    const timeline = document.getElementById('timeline');
    timeline.replaceChildren(...request.timeline.map(step => {
      const li = document.createElement('li');
      li.textContent = `${new Date(step.at).toLocaleString()} — ${step.event} — ${step.actor}` + (step.note ? `: ${step.note}` : '');
      return li;
    }));
  } catch (error) {
    showProblem(document.getElementById('messages'), error);
  }
}
