import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { filesUnder } from '../../src/fs/files.ts';
import en from '../../src/i18n/en.json' with { type: 'json' };
import { countKey, fill, uiText } from '../../src/i18n/format.ts';
import { LOCALES, pick, t, tCount, type UiKey } from '../../src/i18n/index.ts';

const sourceFilesUnder = (dir: string) => filesUnder(dir).filter((file) => /\.(ts|astro)$/.test(file));

test('a value holding replacement patterns ($&, $\', $`, $1, $$) is inserted as written', () => {
  for (const query of ['$&', "$'", '$`', '$1', '$$', "a$&b$'c"]) {
    assert.equal(fill('Nothing matches “{query}”.', { query }), `Nothing matches “${query}”.`);
    assert.equal(t('en', 'search.box.none', { query }), `Nothing matches “${query}”.`);
    assert.equal(t('ko', 'search.box.none', { query }), `‘${query}’에 맞는 결과가 없습니다.`);
  }
});

test('every slot is filled, and a slot without a value stays visible', () => {
  assert.equal(fill('{done} of {total}', { done: 3, total: 0 }), '3 of 0');
  assert.equal(fill('{title} removed', {}), '{title} removed');
  assert.equal(fill('{toString}', {}), '{toString}', 'no inherited property fills a slot');
});

/** Template fills anywhere in the site's code: `.replace('{name}', value)` hands `value` to the pattern language. */
test('no UI string is filled with String.replace and a replacement string', () => {
  const root = join(import.meta.dirname, '../../src');
  const found: string[] = [];
  for (const file of sourceFilesUnder(root)) {
    readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
      if (/\.replace(?:All)?\(\s*['"`]\{\w+\}['"`]\s*,/.test(line)) found.push(`${relative(root, file)}:${i + 1}`);
    });
  }
  assert.deepEqual(found, [], 'use fill() from src/i18n/format.ts');
});

const SRC = join(import.meta.dirname, '../../src');
/** Every source file of src/ outside src/i18n/, as [path from src/, text]. */
function sources(): [string, string][] {
  return sourceFilesUnder(SRC)
    .map((file) => relative(SRC, file))
    .filter((file) => !file.startsWith('i18n/'))
    .map((file) => [file, readFileSync(join(SRC, file), 'utf8')]);
}

/** Keys with a singular form (`key.one`): the strings that take a count. */
const countKeys = (Object.keys(en) as UiKey[]).filter((key) => Object.hasOwn(en, `${key}.one`));

test('a script reads a count as the page does: the strings handed to it, the same plural rule', () => {
  assert.ok(countKeys.length >= 5, 'the count strings are found');
  for (const lang of LOCALES) {
    for (const key of countKeys) {
      const inBrowser = uiText(lang, pick(lang, key));
      for (const count of [0, 1, 2, 21, 1000]) assert.equal(inBrowser.tCount(key, count), tCount(lang, key, count), `${lang} ${key} ${count}`);
    }
  }
  // Which string was read, since ko.json's `.one` strings equal the plain ones: Korean has no singular.
  assert.equal(countKey('en', pick('en', 'flags.count'), 'flags.count', 1), 'flags.count.one');
  assert.equal(countKey('ko', pick('ko', 'flags.count'), 'flags.count', 1), 'flags.count');
  assert.equal(countKey('en', {}, 'flags.count', 1), 'flags.count', 'without its singular a count reads the plain string');
});

test('pick hands over exactly the strings under a prefix, and refuses a prefix that names none', () => {
  assert.deepEqual(pick('en', 'flags.count'), { 'flags.count': '{count} flags', 'flags.count.one': '{count} flag' });
  assert.deepEqual(Object.keys(pick('ko', 'offline.save.')).sort(), ['offline.save.failed', 'offline.save.saved', 'offline.save.saving']);
  assert.throws(() => pick('en', 'bookmarks.nothing.'), /src\/i18n\/en\.json: no UI string starts with "bookmarks\.nothing\."/);
});

/**
 * One plural rule and one source of strings for scripts: a script that chose `.one` itself (by `=== 1` or its own
 * Intl.PluralRules) or was handed strings picked by hand could read a count differently from the page.
 */
test('no code outside src/i18n/ chooses a plural form or hands a script strings picked by hand', () => {
  const found: string[] = [];
  for (const [file, text] of sources()) {
    text.split('\n').forEach((line, i) => {
      if (/Intl\.PluralRules|['"`][\w.]+\.one['"`]/.test(line)) found.push(`${file}:${i + 1}: chooses a plural form (use tCount)`);
      if (/data-strings=\{(?!JSON\.stringify\(pick\()/.test(line)) found.push(`${file}:${i + 1}: data-strings not from pick()`);
    });
  }
  assert.deepEqual(found, []);
});
