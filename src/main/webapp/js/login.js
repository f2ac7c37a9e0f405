import { startLoginPage } from './chrome.js';
import { showProblem } from './notices.js';
import { homePage } from './pages.js';
import { cityLoginOffer, currentSession, logIn } from './session.js';
import { t } from './i18n.js';

startLoginPage();

const form = document.getElementById('login-form');
const messages = document.getElementById('messages');

/** Only a page of this site, never another address smuggled into the link. */
function next() {
  const wanted = new URLSearchParams(location.search).get('next') ?? '';
  return /^[a-z-]+\.html(\?[^#]*)?$/.test(wanted) ? wanted : null;
}

form.addEventListener('submit', async event => {
  event.preventDefault();
  for (const error of document.querySelectorAll('.field-error')) error.textContent = '';
  try {
    const session = await logIn(form.username.value, form.password.value);
    location.assign(next() ?? homePage(session));
  } catch (error) {
    form.password.value = '';
    showProblem(messages, error);
  }
});

/** Back from the city-login door: on to the person's first page, or a word on why not. */
async function afterCityLogin() {
  const outcome = new URLSearchParams(location.search).get('city-login');
  if (outcome === 'done') {
    const session = await currentSession();
    if (session) {
      location.replace(homePage(session));
      return;
    }
  }
  if (outcome === 'done' || outcome === 'expired') {
    const notice = document.createElement('div');
    notice.className = 'notice error';
    notice.setAttribute('role', 'alert');
    notice.textContent = t('login.city.expired');
    messages.replaceChildren(notice);
  }
}

async function offerCityLogin() {
  const offer = await cityLoginOffer();
  if (offer.offered) {
    document.getElementById('city-login-link').href = offer.door;
    document.getElementById('city-login').hidden = false;
  }
}

afterCityLogin();
offerCityLogin();
