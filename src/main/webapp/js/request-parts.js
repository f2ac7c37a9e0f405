// Parts of a request that several pages show alike.
import { formatNumber, t } from './i18n.js';

/** A link to the request's page, named by its number. */
export function requestLink(number) {
  const link = document.createElement('a');
  link.href = 'request.html?number=' + encodeURIComponent(number);
  link.textContent = number;
  return link;
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
    ? t('receipt.short-characters', { characters: formatNumber(receipt.characters), hours })
    : t('receipt.short-words', { words: formatNumber(receipt.words), hours });
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
