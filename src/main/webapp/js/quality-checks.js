// The quality checks' findings that hold a translation back: each is fixed, or kept with a reason that goes on
// the request's timeline for the reviewer.
import { t } from './i18n.js';

const HELD_BACK = 'urn:kakehashi:problem:quality.held-back';

export function heldBack(error) {
  return error.problem?.type === HELD_BACK;
}

/**
 * Lists what holds the translation back (the problem's errors: each finding's key and message), each with a
 * field for the reason to keep it; returns a function giving the reasons written, by finding key.
 */
export function showHeldBack(list, errors) {
  list.replaceChildren(...errors.map((error, index) => {
    const item = document.createElement('li');
    const message = document.createElement('p');
    message.id = `check-${index}-message`;
    message.textContent = error.message;
    const draft = error.field.startsWith('MACHINE_DRAFT:');
    const label = document.createElement('label');
    label.htmlFor = `check-${index}-reason`;
    label.textContent = t(draft ? 'checks.confirm-draft' : 'checks.reason');
    const reason = document.createElement('input');
    reason.id = `check-${index}-reason`;
    reason.dataset.finding = error.field;
    reason.setAttribute('aria-describedby', message.id);
    if (draft) {
      reason.type = 'checkbox';
      item.append(message, reason, ' ', label);
    } else {
      reason.maxLength = 500;
      item.append(message, label, reason);
    }
    return item;
  }));
  return () => Object.fromEntries([...list.querySelectorAll('input[data-finding]')]
    .map(input => [input.dataset.finding, input.type === 'checkbox'
      ? (input.checked ? t('checks.draft-confirmed') : '') : input.value.trim()])
    .filter(([, reason]) => reason));
}

/** The findings someone kept, with who kept them and why, for the reviewer. */
export function showKept(list, findings) {
  const kept = findings.filter(finding => finding.reason);
  list.replaceChildren(...kept.map(finding => {
    const item = document.createElement('li');
    item.textContent = t('checks.kept', { message: finding.message, who: finding.overriddenBy, reason: finding.reason });
    return item;
  }));
  return kept.length;
}
