// A citizen's status page. The link's secret is in the fragment, which browsers never send to a server or put
// in a Referer; the page passes it to the API itself.
import { renderCitizenLanguageSwitch } from './citizen-i18n.js';
import { startCitizenPage } from './chrome.js';
import { showText } from './elements.js';
import { publicApi } from './http.js';
import { showProblem } from './notices.js';
import { languageName, locale, markLanguage } from './i18n.js';
import { languagesLine } from './request-parts.js';

startCitizenPage(renderCitizenLanguageSwitch);

const messages = document.getElementById('messages');
const token = decodeURIComponent(location.hash.slice(1));
const dateTime = new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeStyle: 'short' });

function call(path, body) {
  const target = 'public/status/' + encodeURIComponent(token) + path;
  return body === undefined ? publicApi(target) : publicApi(target, { method: 'POST', body });
}

function render(view) {
  document.getElementById('request').hidden = false;
  showText('number', view.number);
  showText('status-text', view.statusText);
  showText('languages', languagesLine(view.sourceLanguage, view.targetLanguages));
  showText('wanted-by', view.wantedByLabel);
  document.getElementById('letter-term').hidden = !view.letter;
  document.getElementById('letter').hidden = !view.letter;
  showText('letter', view.letter);
  document.getElementById('question-part').hidden = !view.question;
  showText('question', view.question);
  document.getElementById('rejection-part').hidden = !view.rejection;
  showText('rejection', view.rejection);
  const translations = Object.entries(view.translations ?? {});
  document.getElementById('translations-part').hidden = translations.length === 0;
  document.getElementById('translations').replaceChildren(...translations.map(([tag, translation]) => {
    const figure = document.createElement('figure');
    const caption = document.createElement('figcaption');
    caption.textContent = languageName(tag);
    const body = document.createElement('pre');
    markLanguage(body, tag);
    body.textContent = translation;
    figure.append(caption, body);
    return figure;
  }));
  document.getElementById('steps').replaceChildren(...view.steps.map(step => {
    const item = document.createElement('li');
    const time = document.createElement('time');
    time.dateTime = step.at;
    time.textContent = dateTime.format(new Date(step.at));
    item.append(time, ' ', step.label);
    return item;
  }));
}

document.getElementById('answer-form').addEventListener('submit', async event => {
  event.preventDefault();
  document.getElementById('answer-error').textContent = '';
  try {
    render(await call('/answer', { text: event.target.elements.text.value }));
    event.target.reset();
    messages.replaceChildren();
  } catch (error) {
    showProblem(messages, error);
  }
});

call('').then(render).catch(error => showProblem(messages, error));
