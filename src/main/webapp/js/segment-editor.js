// The translator's editor, segment by segment: each source sentence beside its translation, the memory's matches
// beside each, and the keys of a CAT tool. The translation keeps the source's tags (<g1>…</g1>, <x2/>), which
// carry its formatting back into the requester's document. A draft is kept in the browser until it is handed in.
import { markLanguage, t } from './i18n.js';

/** The keys, as the page's help lists them. */
export const KEYS = {
  next: event => (event.ctrlKey && event.key === 'Enter') || (event.altKey && event.key === 'ArrowDown'),
  previous: event => event.altKey && event.key === 'ArrowUp',
  match: event => event.altKey && /^[1-5]$/.test(event.key) ? Number(event.key) : 0,
  copySource: event => event.altKey && event.key === '0',
};

/**
 * Fills the list with one row per segment and returns a function giving the translations by segment id.
 * @param {HTMLOListElement} list
 * @param {Array} segments as GET requests/{number}/jobs/{target}/segments gives them
 */
export function showSegmentEditor(list, segments, { sourceLanguage, targetLanguage, draftKey }) {
  const draft = readDraft(draftKey);
  const fields = segments.map((segment, index) => {
    const row = document.createElement('li');
    row.className = 'segment';
    row.id = 'segment-' + index;

    const source = document.createElement('p');
    source.className = 'segment-source';
    source.id = `segment-${index}-source`;
    markLanguage(source, sourceLanguage);
    source.textContent = segment.tagged;

    const label = document.createElement('label');
    label.htmlFor = `segment-${index}-target`;
    label.className = 'visually-hidden';
    label.textContent = t('editor.segment-label', { number: index + 1 });
    const target = document.createElement('textarea');
    target.id = `segment-${index}-target`;
    target.className = 'segment-target';
    target.rows = 2;
    target.dataset.segment = segment.id;
    target.setAttribute('aria-describedby', `segment-${index}-source segment-${index}-state`);
    markLanguage(target, targetLanguage);
    target.value = draft[segment.id] ?? segment.target ?? '';

    const state = document.createElement('p');
    state.className = 'hint segment-state';
    state.id = `segment-${index}-state`;
    state.textContent = segment.prefilled && draft[segment.id] === undefined
      ? t('editor.prefilled.' + segment.prefilled.toLowerCase(), { engine: segment.draftedBy }) : '';
    if (segment.prefilled === 'MACHINE') row.classList.add('machine-draft');

    const terms = termList(segment.terms ?? [], targetLanguage);

    const matches = document.createElement('ol');
    matches.className = 'segment-matches';
    matches.setAttribute('aria-label', t('editor.matches', { number: index + 1 }));
    segment.matches.forEach(match => matches.append(matchItem(match, targetLanguage)));

    target.addEventListener('input', () => {
      state.textContent = '';
      saveDraft(draftKey, list);
    });
    target.addEventListener('keydown', event => {
      const chosen = KEYS.match(event);
      if (KEYS.next(event)) move(event, index + 1);
      else if (KEYS.previous(event)) move(event, index - 1);
      else if (chosen && segment.matches[chosen - 1]) use(event, target, segment.matches[chosen - 1].target, state,
        t('editor.used-match', { number: chosen, score: segment.matches[chosen - 1].score }));
      else if (KEYS.copySource(event)) use(event, target, segment.tagged, state, t('editor.copied-source'));
    });

    row.append(source, label, target, ...terms, state, matches);
    return row;
  });
  list.replaceChildren(...fields);

  function move(event, index) {
    event.preventDefault();
    const next = list.querySelector(`#segment-${index}-target`);
    if (next) {
      next.focus();
      next.scrollIntoView({ block: 'nearest' });
    }
  }

  function use(event, target, text, state, note) {
    event.preventDefault();
    target.value = text;
    state.textContent = note;
    saveDraft(draftKey, list);
  }

  return () => Object.fromEntries([...list.querySelectorAll('textarea[data-segment]')]
    .map(field => [field.dataset.segment, field.value]));
}

/** The termbase's terms in the source, each with the target terms to use and those never to write. */
function termList(hits, targetLanguage) {
  if (hits.length === 0) return [];
  const list = document.createElement('ul');
  list.className = 'segment-terms';
  list.setAttribute('aria-label', t('editor.terms'));
  list.append(...hits.map(hit => {
    const item = document.createElement('li');
    const use = document.createElement('span');
    markLanguage(use, targetLanguage);
    use.textContent = t('editor.term-use', { term: hit.text, preferred: hit.preferred.join(' / ') || '—' });
    item.append(use);
    if (hit.forbidden.length) item.append(' · ', t('editor.term-forbidden', { forbidden: hit.forbidden.join(' / ') }));
    return item;
  }));
  return [list];
}

export function forgetDraft(draftKey) {
  localStorage.removeItem(draftKey);
}

function matchItem(match, targetLanguage) {
  const item = document.createElement('li');
  const score = document.createElement('strong');
  score.textContent = `${match.score}%`;
  const text = document.createElement('span');
  markLanguage(text, targetLanguage);
  text.textContent = match.target;
  const from = document.createElement('small');
  from.textContent = ' — ' + [match.from.request ?? t('editor.imported'), match.from.date].filter(Boolean).join(', ');
  item.append(score, ' ', text, from);
  if (match.changes.length) {
    const changes = document.createElement('small');
    changes.className = 'segment-changes';
    changes.textContent = ' ' + t('editor.changes', {
      changes: match.changes.map(change => `${change.memory ?? '—'} → ${change.text ?? '—'}`).join(', ') });
    item.append(changes);
  }
  return item;
}

function readDraft(key) {
  try {
    return JSON.parse(localStorage.getItem(key) ?? '{}');
  } catch {
    return {};
  }
}

function saveDraft(key, list) {
  const edited = Object.fromEntries([...list.querySelectorAll('textarea[data-segment]')]
    .map(field => [field.dataset.segment, field.value]));
  localStorage.setItem(key, JSON.stringify(edited));
}
