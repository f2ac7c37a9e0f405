// The citizen pages' words (the public form and the status page), in the languages of the city's residents: the
// person's choice on the page (remembered in the browser; a choice of Japanese or English holds on the staff pages
// too, and theirs here), else the first of their browser's languages the office offers, else English. The staff pages keep Japanese and English (i18n.js).
//
// Messages are ICU MessageFormat (icu-message.js). やさしい日本語 is tagged ja-x-easy (private use: BCP 47 has no
// subtag for it); the server reads the same tag in Accept-Language. Its page texts mark readings (furigana) in
// the Aozora Bunko notation ｜漢字《かんじ》, which the pages show as <ruby> elements built node by node: no message
// is ever parsed as HTML.
import { chooseLanguage, useTexts } from './i18n.js';
import { formatMessage, parseMessage } from './icu-message.js';
import ja from './messages/citizen/ja.js';
import easy from './messages/citizen/ja-x-easy.js';
import en from './messages/citizen/en.js';
import zhHans from './messages/citizen/zh-Hans.js';
import ko from './messages/citizen/ko.js';
import vi from './messages/citizen/vi.js';
import ptBR from './messages/citizen/pt-BR.js';
import tl from './messages/citizen/tl.js';
import ne from './messages/citizen/ne.js';
import id from './messages/citizen/id.js';

/** Each language by its own name; `locale` is what the browser's Intl and the lang attribute get. */
export const CITIZEN_LANGUAGES = [
  { tag: 'ja', name: '日本語', locale: 'ja', texts: ja },
  { tag: 'ja-x-easy', name: 'やさしい にほんご', locale: 'ja', texts: easy },
  { tag: 'en', name: 'English', locale: 'en', texts: en },
  { tag: 'zh-Hans', name: '简体中文', locale: 'zh-Hans', texts: zhHans },
  { tag: 'ko', name: '한국어', locale: 'ko', texts: ko },
  { tag: 'vi', name: 'Tiếng Việt', locale: 'vi', texts: vi },
  { tag: 'pt-BR', name: 'Português (Brasil)', locale: 'pt-BR', texts: ptBR },
  { tag: 'tl', name: 'Tagalog', locale: 'tl', texts: tl },
  { tag: 'ne', name: 'नेपाली', locale: 'ne', texts: ne },
  { tag: 'id', name: 'Bahasa Indonesia', locale: 'id', texts: id }
];

const CHOICE = 'kakehashi.citizen-language';
/** The staff pages' choice (i18n.js), which a citizen page follows until a citizen language is chosen on it. */
const STAFF_CHOICE = 'kakehashi.language';
const STAFF_LANGUAGES = ['ja', 'en'];
const BY_TAG = new Map(CITIZEN_LANGUAGES.map(l => [l.tag, l]));
const FALLBACK = BY_TAG.get('en');

/** The offered language a browser language stands for, or undefined: zh-TW is not Simplified Chinese. */
export function offeredFor(browserTag) {
  const tag = browserTag.toLowerCase();
  if (tag === 'ja-x-easy') return BY_TAG.get('ja-x-easy');
  const [primary] = tag.split('-');
  if (primary === 'zh') return /-(hant|tw|hk|mo)\b/.test(tag) ? undefined : BY_TAG.get('zh-Hans');
  if (primary === 'pt') return BY_TAG.get('pt-BR');
  if (primary === 'fil' || primary === 'tl') return BY_TAG.get('tl');
  if (primary === 'in') return BY_TAG.get('id');
  return BY_TAG.get(primary);
}

function current() {
  const chosen = BY_TAG.get(localStorage.getItem(CHOICE)) ?? BY_TAG.get(localStorage.getItem(STAFF_CHOICE));
  if (chosen) return chosen;
  for (const tag of navigator.languages ?? [navigator.language]) {
    const offered = offeredFor(tag);
    if (offered) return offered;
  }
  return FALLBACK;
}

/** Remembers the choice for the citizen pages, and for the staff pages too when it is one they speak. */
export function chooseCitizenLanguage(tag) {
  localStorage.setItem(CHOICE, tag);
  if (STAFF_LANGUAGES.includes(tag)) chooseLanguage(tag);
}

const RUBY = /｜([^｜《》]+)《([^｜《》]+)》/g;

/** The text with its readings as <ruby> elements, appended to the element; everything else is plain text. */
export function appendWithRuby(element, text) {
  let last = 0;
  for (const match of text.matchAll(RUBY)) {
    element.append(text.slice(last, match.index));
    const ruby = document.createElement('ruby');
    const reading = document.createElement('rt');
    reading.textContent = match[2];
    ruby.append(match[1], reading);
    element.append(ruby);
    last = match.index + match[0].length;
  }
  element.append(text.slice(last));
  return element;
}

/** The text where no element can hold ruby (a title, an option, an aria-label): the reading in brackets. */
export function withoutRuby(text) {
  return text.replace(RUBY, '$1（$2）');
}

const parsed = new Map();

/** The message of the key in the page's language, filled in; readings are kept in the ｜《》 notation. */
export function message(key, values = {}) {
  const language = current();
  const source = language.texts[key] ?? FALLBACK.texts[key];
  if (source === undefined) return key;
  const cacheKey = language.tag + '\u0000' + key;
  if (!parsed.has(cacheKey)) parsed.set(cacheKey, parseMessage(source));
  return formatMessage(parsed.get(cacheKey), values, language.locale);
}

useTexts({
  language: () => current().tag,
  locale: () => current().locale,
  has: key => key in current().texts,
  t: (key, values) => withoutRuby(message(key, values)),
  translatePage(root) {
    document.documentElement.lang = current().locale;
    for (const element of root.querySelectorAll('[data-i18n]')) {
      const text = message(element.dataset.i18n);
      if (element.tagName === 'TITLE' || element.tagName === 'OPTION') {
        element.textContent = withoutRuby(text);
      } else {
        element.replaceChildren();
        appendWithRuby(element, text);
      }
    }
    for (const element of root.querySelectorAll('[data-i18n-label]')) {
      element.setAttribute('aria-label', withoutRuby(message(element.dataset.i18nLabel)));
    }
    for (const element of root.querySelectorAll('[data-i18n-title]')) {
      element.title = withoutRuby(message(element.dataset.i18nTitle));
    }
  }
});

/** The language switch of the citizen pages: a labelled select naming each language in itself. */
export function renderCitizenLanguageSwitch(container) {
  const label = document.createElement('label');
  label.htmlFor = 'language-choice';
  label.className = 'inline';
  // said in Japanese and English, so that a person who cannot read the current language still finds it
  label.textContent = '言語 / Language ';
  const choice = document.createElement('select');
  choice.id = 'language-choice';
  for (const language of CITIZEN_LANGUAGES) {
    const option = new Option(language.name, language.tag);
    option.lang = language.locale;
    choice.append(option);
  }
  choice.value = current().tag;
  choice.addEventListener('change', () => {
    chooseCitizenLanguage(choice.value);
    location.reload();
  });
  container.replaceChildren(label, choice);
}
