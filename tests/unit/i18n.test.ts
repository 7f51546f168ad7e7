import { test } from 'node:test';
import assert from 'node:assert/strict';
import ko from '../../src/i18n/ko.json' with { type: 'json' };
import en from '../../src/i18n/en.json' with { type: 'json' };
import { countKey, switchLocalePath, t, tCount } from '../../src/i18n/index.ts';

test('both languages define exactly the same UI strings', () => {
  assert.deepEqual(Object.keys(en).sort(), Object.keys(ko).sort());
  for (const [key, value] of Object.entries(en)) assert.ok(value.trim(), `en.json: "${key}" is empty`);
});

test('placeholders are filled', () => {
  assert.equal(t('en', 'home.chapters', { count: 13 }), '13 chapters');
  assert.equal(t('ko', 'home.chapters', { count: 13 }), '13개 장');
});

test('switching language keeps the rest of the path', () => {
  assert.equal(switchLocalePath('/ko/notes/fastest-docker/using-docker/', 'en'), '/en/notes/fastest-docker/using-docker/');
  assert.equal(switchLocalePath('/en/', 'ko'), '/ko/');
  assert.equal(switchLocalePath('/', 'en'), '/en/');
});

test('counts take the singular only where the language has one', () => {
  assert.equal(tCount('en', 'home.chapters', 1), '1 chapter');
  assert.equal(tCount('en', 'home.chapters', 8), '8 chapters');
  assert.equal(tCount('ko', 'home.chapters', 1), '1개 장');
  // Which string was read, since ko.json's `.one` strings equal the plain ones: Korean has no singular.
  assert.equal(countKey('en', 'home.chapters', 1), 'home.chapters.one');
  assert.equal(countKey('en', 'home.chapters', 0), 'home.chapters');
  assert.equal(countKey('en', 'home.chapters', 21), 'home.chapters');
  assert.equal(countKey('ko', 'home.chapters', 1), 'home.chapters');
});
