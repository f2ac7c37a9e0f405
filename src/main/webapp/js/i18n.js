// The page's words in one language at a time: Japanese or English, from the person's choice (remembered in the
// browser) or else their browser's language. Elements carry their message key in data-i18n (text),
// data-i18n-label (aria-label) or data-i18n-title (title); scripts use t() and the formatters.
import ja from './messages/ja.js';
import en from './messages/en.js';

const CATALOGUES = { ja, en };
const CHOICE = 'kakehashi.language';

export function language() {
  const chosen = localStorage.getItem(CHOICE);
  if (chosen in CATALOGUES) return chosen;
  return navigator.language.toLowerCase().startsWith('ja') ? 'ja' : 'en';
}

export function chooseLanguage(tag) {
  localStorage.setItem(CHOICE, tag);
}

/** The message of a key with its {placeholders} filled in; a key missing from a catalogue shows as itself. */
export function t(key, values = {}) {
  const text = CATALOGUES[language()][key] ?? key;
  return text.replace(/\{(\w+)\}/g, (whole, name) => (name in values ? String(values[name]) : whole));
}

/** A message that depends on a number ("1 task", "3 tasks"), by the language's plural rules. */
export function tCount(key, count, values = {}) {
  const form = new Intl.PluralRules(language()).select(count);
  const catalogue = CATALOGUES[language()];
  const chosen = `${key}.${form}` in catalogue ? `${key}.${form}` : `${key}.other`;
  return t(chosen, { ...values, count: new Intl.NumberFormat(language()).format(count) });
}

/** A value of one of the API's enumerations (status, type, …) in words, or the value itself if unknown. */
export function tValue(kind, value) {
  if (value === null || value === undefined || value === '') return '—';
  const key = `${kind}.${value}`;
  return key in CATALOGUES[language()] ? t(key) : value;
}

export function translatePage(root = document) {
  document.documentElement.lang = language();
  for (const element of root.querySelectorAll('[data-i18n]')) element.textContent = t(element.dataset.i18n);
  for (const element of root.querySelectorAll('[data-i18n-label]')) {
    element.setAttribute('aria-label', t(element.dataset.i18nLabel));
  }
  for (const element of root.querySelectorAll('[data-i18n-title]')) element.title = t(element.dataset.i18nTitle);
}

// Japanese readers expect official dates in the era form (令和8年11月29日); English readers the day month year.
const DATE_OPTIONS = {
  ja: ['ja-JP-u-ca-japanese', { era: 'long', year: 'numeric', month: 'long', day: 'numeric', weekday: 'short' }],
  en: ['en-GB', { year: 'numeric', month: 'short', day: 'numeric', weekday: 'short' }]
};

/** A calendar date (yyyy-mm-dd from the API) as the reader expects it. */
export function formatDate(isoDate) {
  if (!isoDate) return '—';
  const [locale, options] = DATE_OPTIONS[language()];
  const [year, month, day] = isoDate.split('-').map(Number);
  return new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(Date.UTC(year, month - 1, day));
}

/** A moment (an ISO instant from the API) in the city's time zone, to the minute. */
export function formatDateTime(instant, timeZone = 'Asia/Tokyo') {
  if (!instant) return '—';
  const locale = language() === 'ja' ? 'ja-JP' : 'en-GB';
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone })
    .format(new Date(instant));
}

/** The reader's name of something the API names in Japanese and in English (nameJa, nameEn). */
export function localName(named) {
  return language() === 'ja' ? named.nameJa : named.nameEn;
}

/** A moment in a log (the security events, the change log), to the second, in the browser's time zone. */
export function formatLogTime(instant) {
  return new Intl.DateTimeFormat(language(), { dateStyle: 'short', timeStyle: 'medium' }).format(new Date(instant));
}

/** A language tag as its name in the reader's language ("英語", "English"). */
export function languageName(tag) {
  try {
    return new Intl.DisplayNames([language()], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** Scripts written right to left (ISO 15924): Arabic, Hebrew, Thaana, Syriac, N'Ko, Adlam, Hanifi Rohingya. */
const RIGHT_TO_LEFT = new Set(['Arab', 'Hebr', 'Thaa', 'Syrc', 'Nkoo', 'Adlm', 'Rohg', 'Mand', 'Samr']);

/** The direction a language is written in, from its likely script (ar → Arab → rtl); 'auto' when unknown. */
export function textDirection(tag) {
  if (!tag) return 'auto';
  try {
    return RIGHT_TO_LEFT.has(new Intl.Locale(tag).maximize().script) ? 'rtl' : 'ltr';
  } catch {
    return 'auto';
  }
}

/**
 * Marks an element holding text of a language with its lang and dir, so that the browser picks the right glyphs
 * and an Arabic or Persian translation is typed and shown right to left; text of no known language gets
 * dir="auto", which takes the direction from its first strong character.
 */
export function markLanguage(element, tag) {
  if (tag) {
    element.lang = tag;
  } else {
    element.removeAttribute('lang');
  }
  element.dir = textDirection(tag);
  return element;
}

export function formatNumber(value) {
  return new Intl.NumberFormat(language()).format(value);
}

/** Several items as one phrase in the reader's language ("英語、中国語", "English, Chinese"). */
export function formatList(items) {
  return new Intl.ListFormat(language(), { style: 'long', type: 'conjunction' }).format(items);
}
