// What the staff request form and the public form share: the languages offered, the count of the text as it is
// typed, and the earliest delivery the office can promise. `client` is the call the form makes: in the staff
// member's session (api) or without one (publicApi).
import { formatDate, t } from './i18n.js';

/** Offers the office's languages in each [select, preselected] pair, named in the reader's language and their own. */
export function offerLanguages(languages, ...choices) {
  for (const [select, preselected] of choices) {
    select.replaceChildren(...languages.map(l => new Option(l.name === l.autonym ? l.name : `${l.name} — ${l.autonym}`, l.tag)));
    select.value = preselected;
  }
}

/** A function that runs `count` once typing pauses, so that a text is counted once and not at every key. */
export function whenTypingPauses(count) {
  let timer;
  return () => {
    clearTimeout(timer);
    timer = setTimeout(count, 300);
  };
}

/** The counting receipt of a text in a language, with the rules it was counted by. */
export function fetchCount(client, text, language) {
  return client('counting', { method: 'POST', body: { text, language } });
}

/** Says in `hint` the earliest delivery for `hours` of work of the type, which `wantedBy` may then not precede. */
export async function showEarliestDelivery(client, type, hours, hint, wantedBy) {
  const estimate = await client(`requests/earliest-delivery?type=${encodeURIComponent(type)}&hours=${hours}`);
  hint.textContent = t('form.earliest', { date: formatDate(estimate.earliest), days: estimate.businessDays });
  wantedBy.min = estimate.earliest;
  return estimate;
}
