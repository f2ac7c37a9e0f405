// What the staff request form and the public form share: the languages offered, the count of the text as it is
// typed, and the earliest delivery the office can promise. `client` is the call the form makes: in the staff
// member's session (api) or without one (publicApi).
import { formatDate, formatList, formatNumber, languageName, t, tCount } from './i18n.js';

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

/**
 * Says in `hint` the earliest realistic delivery for the text (`hours` of work; for a translation its `source`,
 * `targets` and `volume` in the source's unit), with the requests ahead of it in each pair. A wanted-by date
 * before it stays possible: the coordinator decides, and the tasks fall due by the wanted-by date.
 */
export async function showEarliestDelivery(client, { type, hours = 0, source, targets = [], volume = 0 }, hint) {
  const query = new URLSearchParams({ type, hours: String(hours) });
  if (source && targets.length) {
    query.set('source', source);
    for (const target of targets) query.append('target', target);
    query.set('volume', String(volume));
  }
  const estimate = await client(`requests/earliest-delivery?${query}`);
  const date = formatDate(estimate.earliest);
  const queues = (estimate.queues ?? []).map(queueLine);
  hint.textContent = queues.length
    ? t('form.queue-earliest', { queues: formatList(queues), date, days: estimate.businessDays })
    : t('form.earliest', { date, days: estimate.businessDays });
  return estimate;
}

/** "4 requests ahead of yours for English (1.5 days of work)", or without the days when nobody in the office translates the pair. */
function queueLine(queue) {
  const language = languageName(queue.target);
  return queue.capacityPerDay == null
    ? tCount('form.queue-unstaffed', queue.requestsAhead, { language })
    : tCount('form.queue', queue.requestsAhead, { language, days: formatNumber(queue.daysAhead) });
}

/** The volume of a counting receipt in the unit the office counts its language in: characters or words. */
export function volumeOf(receipt) {
  if (!receipt) return 0;
  return receipt.unit === 'CHARACTERS' ? receipt.characters : receipt.words ?? 0;
}
