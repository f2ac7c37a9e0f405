// What the checks find in a text while it is typed: each place it departs from やさしい日本語, by sentence, with
// what to do. Texts longer than the checks take are left unchecked.
import { t } from './i18n.js';

const LONGEST = 20000;

export async function showTextChecks(call, text, language) {
  const part = document.getElementById('text-checks');
  if (!text.trim() || text.length > LONGEST) {
    part.hidden = true;
    return;
  }
  const checks = await call('intake/text-checks', { method: 'POST', body: { text, language } });
  document.getElementById('text-check-list').replaceChildren(...checks.easyJapanese.map(finding => {
    const item = document.createElement('li');
    item.textContent = `${t('form.sentence', { number: finding.sentence + 1 })}: ${finding.advice}`;
    return item;
  }));
  part.hidden = !checks.easyJapanese.length;
}
