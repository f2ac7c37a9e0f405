// The citizen pages' ICU MessageFormat subset (src/main/webapp/js/icu-message.js): run with
//   node --test src/test/js/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatMessage, parseMessage } from '../../main/webapp/js/icu-message.js';

const format = (message, values, locale = 'en') => formatMessage(parseMessage(message), values, locale);

test('a plural takes the form of the locale rules and # is the number in the locale', () => {
  const message = '{count, plural, one {# character} other {# characters}}';
  assert.equal(format(message, { count: 1 }), '1 character');
  assert.equal(format(message, { count: 1500 }), '1,500 characters');
  // CLDR: Portuguese "one" covers 0 to 1.x
  assert.equal(format('{h, plural, one {# hora} other {# horas}}', { h: 1.5 }, 'pt-BR'), '1,5 hora');
  assert.equal(format('{h, plural, one {# hora} other {# horas}}', { h: 2 }, 'pt-BR'), '2 horas');
});

test('an exact case wins over the plural category', () => {
  assert.equal(format('{n, plural, =0 {none} one {one} other {#}}', { n: 0 }), 'none');
});

test('apostrophes quote braces and two apostrophes are one', () => {
  assert.equal(format("It''s '{'literal'}' {x}", { x: 'ok' }), "It's {literal} ok");
  assert.equal(format("l'été {x}", { x: 1 }), "l'été 1");
});

test('a number argument is formatted in the locale', () => {
  assert.equal(format('{count, number}字', { count: 1500 }, 'ja'), '1,500字');
});

test('a select picks its case or other', () => {
  assert.equal(format('{g, select, a {A} other {O}}', { g: 'a' }), 'A');
  assert.equal(format('{g, select, a {A} other {O}}', { g: 'b' }), 'O');
});

test('a missing value shows as its placeholder', () => {
  assert.equal(format('a {missing} b', {}), 'a {missing} b');
});

test('malformed messages and plurals without other are refused', () => {
  assert.throws(() => parseMessage('{n, plural, one {x}}'));
  assert.throws(() => parseMessage('{unclosed'));
  assert.throws(() => parseMessage('text }'));
  assert.throws(() => parseMessage('{n, date}'));
});
