// The coordinators' interpreting calendar: a week, Monday to Sunday, with the days the office is closed and each
// interpretation's event; a double booking is said in words on both events it touches.
import { startStaffPage } from './chrome.js';
import { departmentName } from './directory.js';
import { api } from './http.js';
import { showProblem } from './notices.js';
import { formatDate, language, languageName, localName, t, tCount, tValue } from './i18n.js';
import { requestLink } from './request-parts.js';

const messages = document.getElementById('messages');
const startField = document.getElementById('week-start');
let shown = null;

function time(instant, timeZone) {
  return new Intl.DateTimeFormat(language() === 'ja' ? 'ja-JP' : 'en-GB', { hour: '2-digit', minute: '2-digit', timeZone })
    .format(new Date(instant));
}

function shiftDays(isoDate, days) {
  const date = new Date(isoDate + 'T00:00:00Z');
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

async function load(start) {
  try {
    const week = await api('interpreting/week' + (start ? `?start=${encodeURIComponent(start)}` : ''));
    shown = week;
    render(week);
    const query = new URLSearchParams({ start: week.start });
    history.replaceState(null, '', `?${query}`);
  } catch (error) {
    showProblem(messages, error);
  }
}

function render(week) {
  messages.replaceChildren();
  startField.value = week.start;
  document.getElementById('week-label').textContent = `${formatDate(week.start)} – ${formatDate(week.end)}`;
  document.getElementById('week-rule').textContent = t('week.rule', { minutes: week.travelMinutes });
  const clashes = week.events.filter(event => event.conflicts.length > 0).length;
  document.getElementById('week-summary').textContent = tCount('week.events', week.events.length)
    + (clashes ? ' ' + tCount('week.clashes', clashes) : '');
  document.getElementById('week').replaceChildren(...week.days.map(day => {
    const item = document.createElement('li');
    item.className = day.closed ? 'day closed' : 'day';
    const heading = document.createElement('h3');
    heading.textContent = formatDate(day.date);
    item.append(heading);
    if (day.closed) {
      const closed = document.createElement('p');
      closed.className = 'closed-note';
      const name = localName(day);
      closed.textContent = name ? t('week.closed-for', { name }) : t('week.closed');
      item.append(closed);
    }
    const events = week.events.filter(event => event.start.slice(0, 10) === day.date);
    const list = document.createElement('ul');
    list.append(...events.map(event => eventCard(event, week)));
    if (events.length) item.append(list);
    return item;
  }));
}

function eventCard(event) {
  const card = document.createElement('li');
  card.className = event.conflicts.length ? 'event clash' : event.interpreter ? 'event' : 'event unbooked';
  const when = document.createElement('strong');
  when.textContent = `${time(event.start, event.timeZone)}–${time(event.end, event.timeZone)}`;
  const details = document.createElement('div');
  details.textContent = `${event.place} · ${tValue('mode', event.mode)} · ${languageName(event.sourceLanguage)} ⇄ ${languageName(event.targetLanguage)}`;
  const who = document.createElement('div');
  who.textContent = event.interpreter ? t('week.interpreter', { name: event.interpreter.displayName })
    : t('week.unbooked');
  const requester = document.createElement('div');
  requester.className = 'hint';
  const department = event.department ? departmentName(event.department) : null;
  requester.textContent = department ? `${event.requester.displayName}（${department}）` : event.requester.displayName;
  card.append(when, ' ', requestLink(event.number), details, who, requester);
  for (const conflict of event.conflicts) {
    const clash = document.createElement('div');
    clash.className = 'flag';
    clash.textContent = '⚠ ' + (event.interpreter
      ? t('week.clash-booked', { number: conflict.number })
      : t('week.clash-would', { interpreter: conflict.interpreter, number: conflict.number }));
    card.append(clash);
  }
  return card;
}

document.getElementById('previous').addEventListener('click', () => load(shiftDays(shown.start, -7)));
document.getElementById('next').addEventListener('click', () => load(shiftDays(shown.start, 7)));
document.getElementById('this-week').addEventListener('click', () => load(null));
startField.addEventListener('change', () => startField.value && load(startField.value));

if (await startStaffPage()) {
  load(new URLSearchParams(location.search).get('start'));
}
