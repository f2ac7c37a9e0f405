// The page's chrome: the header, written here once for every page, with the language switch and, on a staff page,
// the navigation and who is logged in; and the page's words in the reader's language. Each page starts it itself.
import { chooseLanguage, language, t, translatePage } from './i18n.js';
import { pagesFor } from './pages.js';
import { currentSession, logOut } from './session.js';

/** The language switch in the page's header, remembered for every page. */
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

function renderNavigation(nav, session) {
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
    location.assign(await logOut());
  });
  container.replaceChildren(who, ' ', out);
}

/**
 * Writes the page's header (the pages hold an empty <header>): the title, then the given parts, then the language
 * switch; and puts the whole page in the reader's language.
 */
function renderChrome(parts, languageSwitchOf = renderLanguageSwitch) {
  const title = document.createElement('h1');
  title.textContent = '架け橋 Kakehashi';
  const languageSwitch = document.createElement('div');
  languageSwitch.id = 'language';
  languageSwitchOf(languageSwitch);
  document.querySelector('header').replaceChildren(title, ...parts, languageSwitch);
  translatePage();
}

export function startLoginPage() {
  renderChrome([]);
}

/**
 * Starts a page for citizens, who have no account: the header names the office. The page imports
 * citizen-i18n.js, which brings the citizen languages and their switch; the staff pages never load them.
 */
export function startCitizenPage(renderCitizenLanguageSwitch) {
  const office = document.createElement('span');
  office.dataset.i18n = 'office.name';
  renderChrome([office], renderCitizenLanguageSwitch);
}

/**
 * Starts a staff page: its chrome, then the navigation and who is logged in. Answers the session, or null once
 * a visitor without one is on the way to the login page, which brings them back here.
 */
export async function startStaffPage() {
  const nav = document.createElement('nav');
  const identity = document.createElement('div');
  identity.id = 'identity';
  renderChrome([nav, identity]);
  const session = await currentSession();
  if (!session) {
    location.assign('login.html?next=' + encodeURIComponent(location.pathname.slice(1) + location.search));
    return null;
  }
  renderNavigation(nav, session);
  renderIdentity(identity, session);
  return session;
}
