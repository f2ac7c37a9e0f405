// The citizen pages' choice of language and readings (src/main/webapp/js/citizen-i18n.js): node --test src/test/js/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CITIZEN_LANGUAGES, offeredFor, withoutRuby } from '../../main/webapp/js/citizen-i18n.js';

test('a browser language finds the language the office offers for it', () => {
  const tag = browser => offeredFor(browser)?.tag;
  assert.equal(tag('vi-VN'), 'vi');
  assert.equal(tag('zh-CN'), 'zh-Hans');
  assert.equal(tag('zh'), 'zh-Hans');
  assert.equal(tag('pt-PT'), 'pt-BR');
  assert.equal(tag('fil'), 'tl');
  assert.equal(tag('ja-JP'), 'ja');
  assert.equal(tag('ja-x-easy'), 'ja-x-easy');
  assert.equal(tag('zh-TW'), undefined);
  assert.equal(tag('fr'), undefined);
});

test('every language is named in itself and marked with a lang screen readers know', () => {
  assert.deepEqual(CITIZEN_LANGUAGES.map(l => l.name), ['日本語', 'やさしい にほんご', 'English', '简体中文', '한국어',
    'Tiếng Việt', 'Português (Brasil)', 'Tagalog', 'नेपाली', 'Bahasa Indonesia']);
  assert.equal(CITIZEN_LANGUAGES.find(l => l.tag === 'ja-x-easy').locale, 'ja');
});

test('a reading becomes brackets where no ruby element can go', () => {
  assert.equal(withoutRuby('｜名前《なまえ》を かいて'), '名前（なまえ）を かいて');
});
