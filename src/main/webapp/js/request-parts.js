// Parts of a request that several pages show alike.
import { formatDateTime, formatList, formatNumber, languageName, t, tValue } from './i18n.js';

/** A link to the request's page, named by its number. */
export function requestLink(number) {
  const link = document.createElement('a');
  link.href = 'request.html?number=' + encodeURIComponent(number);
  link.textContent = number;
  return link;
}

/** The language translated from and those translated into, by name: "日本語 → 英語、中国語". */
export function languagesLine(source, targets) {
  return `${languageName(source)} → ${formatList(targets.map(languageName))}`;
}

/** Who asked, with their department when they have one; `who` is the directory's names(). */
export function requesterLine(request, who) {
  return request.department ? `${who.person(request.requester)}（${who.department(request.department)}）`
    : who.person(request.requester);
}

/** An interpretation's event in one line: when, in its own time zone, where and how. */
export function eventLine(event) {
  return `${formatDateTime(event.start, event.timeZone)} – ${formatDateTime(event.end, event.timeZone)} · ${event.place} · ${tValue('mode', event.mode)}`;
}

/** An interpreter as the booking forms offer them: by name, with why they are not free when they are not. */
export function interpreterLabel(person) {
  if (person.free) return person.displayName;
  const why = person.away ? t('work.interpreter-away')
    : t('work.interpreter-busy', { number: person.conflictingRequest });
  return `${person.displayName} — ${why}`;
}

/** A link that downloads one of the request's files, with its name and size. */
export function downloadLink(href, file) {
  const link = document.createElement('a');
  link.href = href;
  link.textContent = t('request.download', { name: file.fileName, size: formatNumber(Math.ceil(file.bytes / 1024)) });
  return link;
}

/** The counting receipt in one line: characters for Japanese and Chinese, words otherwise, and the hours. */
export function receiptLine(receipt) {
  if (!receipt) return '—';
  const hours = formatNumber(receipt.estimatedHours);
  return receipt.unit === 'CHARACTERS'
    ? t('receipt.short-characters', { characters: formatNumber(receipt.characters), hours, ...counts(receipt, receipt.characters) })
    : t('receipt.short-words', { words: formatNumber(receipt.words), hours, ...counts(receipt, receipt.words) });
}

/** The bare numbers, for catalogues whose messages choose plural forms by them (the citizen pages'). */
function counts(receipt, count) {
  return { count, hoursCount: receipt.estimatedHours };
}

/** The intake rules' findings, each a warning in words. */
export function findingNotes(findings) {
  return (findings ?? []).map(finding => {
    const note = document.createElement('p');
    note.className = 'notice warning';
    note.textContent = `⚠ ${finding.message}`;
    return note;
  });
}
