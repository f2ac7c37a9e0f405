// What the checks find in a text while it is typed: the personal data in it, which the requester may leave out
// before the text travels, and each place a Japanese text departs from やさしい日本語, by sentence, with what to do.
// Texts longer than the checks take are left unchecked.
import { t } from './i18n.js';

const LONGEST = 20000;

/** @param easyJapanese whether the form shows the やさしい日本語 findings (the staff form does) */
export async function showTextChecks(call, text, language, { easyJapanese = true } = {}) {
  const part = document.getElementById('text-checks');
  if (!text.trim() || text.length > LONGEST) {
    part.hidden = true;
    return;
  }
  const checks = await call('intake/text-checks', { method: 'POST', body: { text, language } });
  const personal = checks.personalData.map(found => item(`「${found.found}」 ${found.advice}`));
  const easy = easyJapanese ? checks.easyJapanese.map(finding =>
    item(`${t('form.sentence', { number: finding.sentence + 1 })}: ${finding.advice}`)) : [];
  show('personal-data', personal);
  show('text-check', easy);
  part.hidden = !personal.length && !easy.length;
}

function show(id, items) {
  document.getElementById(id + '-list').replaceChildren(...items);
  document.getElementById(id + '-title').hidden = !items.length;
}

function item(text) {
  const li = document.createElement('li');
  li.textContent = text;
  return li;
}
