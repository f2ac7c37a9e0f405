// Small elements the pages build again and again: table cells, the buttons on a table's rows, a field's text.

/** A table cell holding text or an element; a missing value shows as `missing`. */
export function cell(content, missing = '') {
  const td = document.createElement('td');
  td.append(content ?? missing);
  return td;
}

/** A button of lesser weight than the page's main one, such as an action on one row of a table. */
export function secondaryButton(label, action) {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'secondary';
  button.textContent = label;
  button.addEventListener('click', action);
  return button;
}

/** Shows a value as the text of the element with the id; a missing value shows as `missing`. */
export function showText(id, value, missing = '—') {
  document.getElementById(id).textContent = value ?? missing;
}
