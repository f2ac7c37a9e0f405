import { startLoginPage } from './chrome.js';
import { showProblem } from './notices.js';
import { homePage } from './pages.js';
import { logIn } from './session.js';

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
