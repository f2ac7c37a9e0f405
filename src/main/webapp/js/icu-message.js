// A small ICU MessageFormat for the citizen pages' catalogues: text, {name}, {name, plural, …} with # and =N
// cases, {name, select, …}, and ICU's apostrophe quoting ('' is an apostrophe, '{' a brace). No maintained ICU
// MessageFormat library is on Maven Central as a WebJar, and the pages' Content-Security-Policy (script-src 'self')
// allows neither eval nor an inline import map, so the plural forms come from the browser's Intl.PluralRules.
// The Java test CitizenCataloguesTest checks every catalogue with ICU4J's own MessageFormat.

/** Parses a message into parts: strings, and { name, type, cases } for arguments. Throws on a malformed one. */
export function parseMessage(text) {
  const [parts, end] = parseParts(text, 0, false);
  if (end !== text.length) throw new SyntaxError(`unexpected } at ${end} in: ${text}`);
  return parts;
}

function parseParts(text, start, inPlural) {
  const parts = [];
  let literal = '';
  let i = start;
  while (i < text.length) {
    const c = text[i];
    if (c === "'") {
      if (text[i + 1] === "'") {
        literal += "'";
        i += 2;
      } else if ('{}#|'.includes(text[i + 1] ?? '') && (text[i + 1] !== '#' || inPlural)) {
        const close = text.indexOf("'", i + 1);
        const stop = close === -1 ? text.length : close;
        literal += text.slice(i + 1, stop).replace(/''/g, "'");
        i = stop + 1;
      } else {
        literal += c;
        i += 1;
      }
    } else if (c === '{') {
      if (literal) parts.push(literal);
      literal = '';
      const [argument, next] = parseArgument(text, i + 1);
      parts.push(argument);
      i = next;
    } else if (c === '}') {
      break;
    } else if (c === '#' && inPlural) {
      if (literal) parts.push(literal);
      literal = '';
      parts.push({ type: 'count' });
      i += 1;
    } else {
      literal += c;
      i += 1;
    }
  }
  if (literal) parts.push(literal);
  return [parts, i];
}

function parseArgument(text, start) {
  const close = text.slice(start).search(/[,}]/);
  if (close === -1) throw new SyntaxError(`unclosed argument in: ${text}`);
  const name = text.slice(start, start + close).trim();
  if (!/^[\p{L}\p{N}_]+$/u.test(name)) throw new SyntaxError(`bad argument name "${name}" in: ${text}`);
  let i = start + close;
  if (text[i] === '}') return [{ name, type: 'simple' }, i + 1];
  const typeEnd = text.slice(i + 1).search(/[,}]/);
  const type = text.slice(i + 1, i + 1 + typeEnd).trim();
  i = i + 1 + typeEnd;
  if (type === 'number' && text[i] === '}') return [{ name, type: 'number' }, i + 1];
  if (type !== 'plural' && type !== 'select') throw new SyntaxError(`unsupported argument type "${type}" in: ${text}`);
  i += 1;
  const cases = {};
  let offset = 0;
  for (;;) {
    while (/\s/.test(text[i] ?? '')) i += 1;
    if (text[i] === '}') break;
    const selector = /^(offset:\s*\d+|=?[\p{L}\p{N}_-]+)/u.exec(text.slice(i));
    if (!selector) throw new SyntaxError(`bad case at ${i} in: ${text}`);
    i += selector[0].length;
    if (selector[0].startsWith('offset:')) {
      offset = Number(selector[0].slice(7));
      continue;
    }
    while (/\s/.test(text[i] ?? '')) i += 1;
    if (text[i] !== '{') throw new SyntaxError(`case "${selector[0]}" has no message in: ${text}`);
    const [parts, end] = parseParts(text, i + 1, type === 'plural');
    if (text[end] !== '}') throw new SyntaxError(`unclosed case "${selector[0]}" in: ${text}`);
    cases[selector[0]] = parts;
    i = end + 1;
  }
  if (!('other' in cases)) throw new SyntaxError(`a ${type} without an other case in: ${text}`);
  return [{ name, type, cases, offset }, i + 1];
}

/** The message filled in with the values, plurals chosen by the locale's rules; a missing value stays {name}. */
export function formatMessage(parts, values, locale) {
  return formatParts(parts, values, locale, null);
}

function formatParts(parts, values, locale, count) {
  return parts.map(part => {
    if (typeof part === 'string') return part;
    if (part.type === 'count') return new Intl.NumberFormat(locale).format(count);
    if (!(part.name in values)) return `{${part.name}}`;
    const value = values[part.name];
    if (part.type === 'simple') return String(value);
    if (part.type === 'number') return new Intl.NumberFormat(locale).format(value);
    if (part.type === 'select') {
      return formatParts(part.cases[String(value)] ?? part.cases.other, values, locale, count);
    }
    const number = Number(value);
    const exact = part.cases[`=${number}`];
    const chosen = exact ?? part.cases[new Intl.PluralRules(locale).select(number - part.offset)] ?? part.cases.other;
    return formatParts(chosen, values, locale, number - part.offset);
  }).join('');
}
