// What a page says back: that something worked, or why the server refused, beside the fields concerned.
import { t } from './i18n.js';

/** A short message that something worked, read out by screen readers. */
export function showNotice(container, ...content) {
  const box = document.createElement('div');
  box.className = 'notice';
  box.setAttribute('role', 'status');
  box.append(...content);
  container.replaceChildren(box);
}

/** Shows a refusal in the container, and each field's message beside its field within {@code scope}. */
export function showProblem(container, error, scope = document) {
  container.replaceChildren();
  const box = document.createElement('div');
  box.className = 'notice error';
  box.setAttribute('role', 'alert');
  box.textContent = error.problem?.status ? error.message : t('problem.unreachable');
  container.append(box);
  scope.querySelectorAll('[data-errors-for]').forEach(target => { target.textContent = ''; });
  for (const fieldError of error.problem?.errors ?? []) {
    const target = scope.querySelector(`[data-errors-for="${CSS.escape(fieldError.field)}"]`);
    if (target) target.textContent = fieldError.message;
  }
}
