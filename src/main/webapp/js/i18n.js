// The page's words in one language at a time: on staff pages Japanese or English, from the person's choice (remembered in the
// browser) or else their browser's language. Elements carry their message key in data-i18n (text),
// data-i18n-label (aria-label) or data-i18n-title (title); scripts use t() and the formatters.
import ja from './messages/ja.js';
import en from './messages/en.js';

const CATALOGUES = { ja, en };
const CHOICE = 'kakehashi.language';

/**
 * Texts a page brings instead of the staff catalogues: the citizen pages install theirs (citizen-i18n.js), in
 * more languages, with their own choice; every other page keeps Japanese and English.
 */
let pageTexts = null;

/** @param texts { language(), locale(), has(key), t(key, values), translatePage(root) } */
export function useTexts(texts) {
  pageTexts = texts;
}

/** The page's language tag, as the API hears it in Accept-Language (ja, en; on the citizen pages also vi, ja-x-easy, …). */
export function language() {
  if (pageTexts) return pageTexts.language();
  const chosen = localStorage.getItem(CHOICE);
  if (chosen in CATALOGUES) return chosen;
  return navigator.language.toLowerCase().startsWith('ja') ? 'ja' : 'en';
}

/** The locale the browser formats dates and numbers in and the pages' lang attribute names (ja for easy Japanese). */
export function locale() {
  return pageTexts ? pageTexts.locale() : language();
}

export function chooseLanguage(tag) {
  localStorage.setItem(CHOICE, tag);
}

/** The message of a key with its {placeholders} filled in; a key missing from a catalogue shows as itself. */
export function t(key, values = {}) {
  if (pageTexts) return pageTexts.t(key, values);
  const text = CATALOGUES[language()][key] ?? key;
  return text.replace(/\{(\w+)\}/g, (whole, name) => (name in values ? String(values[name]) : whole));
}

/** A message that depends on a number ("1 task", "3 tasks"), by the language's plural rules. */
export function tCount(key, count, values = {}) {
  if (pageTexts) return pageTexts.t(key, { ...values, count });
  const form = new Intl.PluralRules(language()).select(count);
  const catalogue = CATALOGUES[language()];
  const chosen = `${key}.${form}` in catalogue ? `${key}.${form}` : `${key}.other`;
  return t(chosen, { ...values, count: new Intl.NumberFormat(language()).format(count) });
}

/** A value of one of the API's enumerations (status, type, …) in words, or the value itself if unknown. */
export function tValue(kind, value) {
  if (value === null || value === undefined || value === '') return '—';
  const key = `${kind}.${value}`;
  return (pageTexts ? pageTexts.has(key) : key in CATALOGUES[language()]) ? t(key) : value;
}

export function translatePage(root = document) {
  if (pageTexts) {
    pageTexts.translatePage(root);
    return;
  }
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
  // the citizen pages' other languages, and easy Japanese, write the Western year: 2026年12月18日(金)
  const [dateLocale, options] = DATE_OPTIONS[language()]
    ?? [locale(), { year: 'numeric', month: 'long', day: 'numeric', weekday: 'short' }];
  const [year, month, day] = isoDate.split('-').map(Number);
  return new Intl.DateTimeFormat(dateLocale, { ...options, timeZone: 'UTC' }).format(Date.UTC(year, month - 1, day));
}

/** A moment (an ISO instant from the API) in the city's time zone, to the minute. */
export function formatDateTime(instant, timeZone = 'Asia/Tokyo') {
  if (!instant) return '—';
  const reader = pageTexts ? locale() : language() === 'ja' ? 'ja-JP' : 'en-GB';
  return new Intl.DateTimeFormat(reader, { dateStyle: 'medium', timeStyle: 'short', timeZone })
    .format(new Date(instant));
}

/** The reader's name of something the API names in Japanese and in English (nameJa, nameEn). */
export function localName(named) {
  return language() === 'ja' ? named.nameJa : named.nameEn;
}

/** A moment in a log (the security events, the change log), to the second, in the browser's time zone. */
export function formatLogTime(instant) {
  return new Intl.DateTimeFormat(locale(), { dateStyle: 'short', timeStyle: 'medium' }).format(new Date(instant));
}

/** A language tag as its name in the reader's language ("英語", "English"). */
export function languageName(tag) {
  try {
    return new Intl.DisplayNames([locale()], { type: 'language' }).of(tag) ?? tag;
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
  return new Intl.NumberFormat(locale()).format(value);
}

/** Several items as one phrase in the reader's language ("英語、中国語", "English, Chinese"). */
export function formatList(items) {
  return new Intl.ListFormat(locale(), { style: 'long', type: 'conjunction' }).format(items);
}
