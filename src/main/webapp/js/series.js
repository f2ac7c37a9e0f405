// A meeting of a repeating series on the request page: the series' meetings with where each stands, and the
// actions on all of them at once — the office books or changes every meeting, the requester withdraws those not
// yet held — each meeting's outcome listed, one refused leaving the others done.
import { api } from './http.js';
import { formatDateTime, t, tValue } from './i18n.js';
import { showProblem } from './notices.js';
import { requestLink } from './request-parts.js';
import { hasRole } from './session.js';

export async function showSeries(number, session, onChange) {
  const part = document.getElementById('series-part');
  const [series] = await api(`interpreting/series?request=${encodeURIComponent(number)}`);
  part.hidden = !series;
  if (!series) return;
  document.getElementById('series-summary').textContent = t('series.summary', {
    position: series.meetings.findIndex(meeting => meeting.number === number) + 1,
    count: series.meetings.length, frequency: t('series.' + series.frequency)
  });
  document.getElementById('series-meetings').replaceChildren(...series.meetings.map(meeting => {
    const item = document.createElement('li');
    item.append(requestLink(meeting.number), ` ${formatDateTime(meeting.start, meeting.timeZone)} · `
      + `${tValue('status', meeting.status)}${meeting.interpreter ? ' · ' + meeting.interpreter : ''}`);
    return item;
  }));
  const office = hasRole(session, 'coordinator', 'office-manager');
  document.getElementById('series-book-form').hidden = !office;
  document.getElementById('series-change-form').hidden = !office;
  wire('series-book-form', 'POST', `interpreting/series/${series.id}/booking`,
    form => ({ interpreter: form.elements.interpreter.value }), onChange);
  wire('series-change-form', 'PUT', `interpreting/series/${series.id}/booking`, form => ({
    interpreter: form.elements.interpreter.value, start: form.elements.start.value || null,
    end: form.elements.end.value || null, place: form.elements.place.value
  }), onChange);
  wire('series-cancel-form', 'POST', `interpreting/series/${series.id}/cancel`,
    form => ({ text: form.elements.text.value }), onChange);
}

function wire(formId, method, path, body, onChange) {
  const form = document.getElementById(formId);
  form.onsubmit = async event => {
    event.preventDefault();
    const outcomes = document.getElementById('series-outcomes');
    try {
      const told = await api(path, { method, body: body(form) });
      outcomes.replaceChildren(...(told.length ? told : [null]).map(outcome => {
        const item = document.createElement('li');
        if (!outcome) {
          item.textContent = t('series.nothing-to-do');
        } else {
          item.append(requestLink(outcome.number), ' ', outcome.done ? t('series.done')
            : t('series.refused', { detail: outcome.detail }));
        }
        return item;
      }));
      onChange();
    } catch (error) {
      showProblem(document.getElementById('messages'), error, form);
    }
  };
}
