// The page's chrome: its words in the reader's language, the language switch in the header and, on a staff page,
// the navigation and who is logged in. Each page starts it itself, first thing.
import { chooseLanguage, language, t, translatePage } from './i18n.js';
import { pagesFor } from './pages.js';
import { currentSession, logOut } from './session.js';

/** The language switch in the page's header (an element #language), remembered for every page. */
function renderLanguageSwitch(container) {
  const label = document.createElement('label');
  label.htmlFor = 'language-choice';
  label.className = 'inline';
  // said in both languages, so that a person who cannot read the current one still finds it
  label.textContent = '表示言語 / Language ';
  const choice = document.createElement('select');
  choice.id = 'language-choice';
  choice.append(new Option('日本語', 'ja'), new Option('English', 'en'));
  choice.value = language();
  choice.addEventListener('change', () => {
    chooseLanguage(choice.value);
    location.reload();
  });
  container.replaceChildren(label, choice);
}

function renderNavigation(session) {
  const nav = document.querySelector('header nav');
  if (!nav) return;
  nav.setAttribute('aria-label', t('nav.label'));
  const here = location.pathname.split('/').pop() || 'index.html';
  const list = document.createElement('ul');
  for (const page of pagesFor(session)) {
    const item = document.createElement('li');
    const link = document.createElement('a');
    link.href = page.href;
    link.textContent = t(page.key);
    if (page.href === here) link.setAttribute('aria-current', 'page');
    item.append(link);
    list.append(item);
  }
  nav.replaceChildren(list);
}

/** Who is logged in, with a log-out button. */
function renderIdentity(container, session) {
  const who = document.createElement('span');
  who.textContent = `${session.displayName} (${session.roles.map(role => t('role.' + role)).join(', ')})`;
  const out = document.createElement('button');
  out.type = 'button';
  out.className = 'secondary';
  out.textContent = t('session.logout');
  out.addEventListener('click', async () => {
    await logOut();
    location.assign('login.html');
  });
  container.replaceChildren(who, ' ', out);
}

/** Puts the page in the reader's language and offers the language switch; for a page open to everyone. */
export function renderChrome() {
  translatePage();
  const languageSwitch = document.getElementById('language');
  if (languageSwitch) renderLanguageSwitch(languageSwitch);
}

/**
 * Starts a staff page: its chrome, then the navigation and who is logged in. Answers the session, or null once
 * a visitor without one is on the way to the login page, which brings them back here.
 */
export async function startStaffPage() {
  renderChrome();
  const session = await currentSession();
  if (!session) {
    location.assign('login.html?next=' + encodeURIComponent(location.pathname.slice(1) + location.search));
    return null;
  }
  renderNavigation(session);
  renderIdentity(document.getElementById('identity'), session);
  return session;
}
