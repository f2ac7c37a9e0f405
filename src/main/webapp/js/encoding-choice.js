// A text file that reads as more than one text: the person sees the first line of each reading and chooses the
// one that shows their file as they wrote it. The server never guesses for them.
import { t } from './i18n.js';

/**
 * Shows the readings of `encoding` (the API's {certain, candidates}) in the fieldset `container` and calls
 * `onChoose(charset)` when the person picks one; hides the fieldset when the reading is certain.
 */
export function showEncodingChoice(container, encoding, onChoose) {
  const uncertain = Boolean(encoding) && !encoding.certain;
  container.hidden = !uncertain;
  container.replaceChildren();
  if (!uncertain) return;
  const legend = document.createElement('legend');
  legend.textContent = t('encoding.choose');
  container.append(legend);
  for (const candidate of encoding.candidates) {
    const label = document.createElement('label');
    label.className = 'encoding-candidate';
    const radio = document.createElement('input');
    radio.type = 'radio';
    radio.name = `${container.id}-charset`;
    radio.value = candidate.charset;
    radio.addEventListener('change', () => onChoose(candidate.charset));
    const preview = document.createElement('span');
    preview.className = 'encoding-preview';
    preview.dir = 'auto';
    preview.textContent = candidate.firstLine;
    const name = document.createElement('span');
    name.className = 'encoding-name';
    name.textContent = candidate.charset;
    label.append(radio, preview, name);
    container.append(label);
  }
  const error = document.createElement('div');
  error.className = 'field-error';
  error.dataset.errorsFor = 'documentCharset';
  container.append(error);
}
