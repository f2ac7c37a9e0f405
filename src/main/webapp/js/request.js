import { api, language, renderSession, showProblem } from './api.js';

const number = new URLSearchParams(location.search).get('number') ?? '';
document.getElementById('number').textContent = number;
if (await renderSession(document.getElementById('identity'))) load();

async function load() {
  try {
    const request = await api('requests/' + encodeURIComponent(number));
    document.getElementById('status').textContent = request.status;
    document.getElementById('languages').textContent =
      `${request.sourceLanguage} → ${request.jobs.map(job => job.targetLanguage).join(', ')}`;
    document.getElementById('jobs').replaceChildren(...request.jobs.map(job => {
      const tr = document.createElement('tr');
      for (const value of [job.targetLanguage, job.status, job.translator ?? job.translatorGroup ?? '—',
        job.reviewer ?? job.reviewerGroup ?? '—']) {
        const td = document.createElement('td');
        td.textContent = value;
        tr.append(td);
      }
      return tr;
    }));
    document.getElementById('wantedBy').textContent = `${request.wantedByLabel} (${request.fiscalYear})`;
    const timeline = document.getElementById('timeline');
    timeline.replaceChildren(...request.timeline.map(step => {
      const li = document.createElement('li');
      li.textContent = `${new Date(step.at).toLocaleString(language())} — ${step.event}`
        + (step.targetLanguage ? ` [${step.targetLanguage}]` : '') + ` — ${step.actor}` + (step.note ? `: ${step.note}` : '');
      return li;
    }));
  } catch (error) {
    showProblem(document.getElementById('messages'), error);
  }
}
