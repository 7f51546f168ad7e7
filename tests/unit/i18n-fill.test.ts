import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { filesUnder } from '../../src/fs/files.ts';
import { fill } from '../../src/i18n/fill.ts';
import { t } from '../../src/i18n/index.ts';

test('a value holding replacement patterns ($&, $\', $`, $1, $$) is inserted as written', () => {
  for (const query of ['$&', "$'", '$`', '$1', '$$', "a$&b$'c"]) {
    assert.equal(fill('Nothing matches “{query}”.', { query }), `Nothing matches “${query}”.`);
    assert.equal(t('en', 'search.none', { query }), `Nothing matches “${query}”.`);
    assert.equal(t('ko', 'search.none', { query }), `‘${query}’에 맞는 결과가 없습니다.`);
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
  for (const file of filesUnder(root).filter((f) => /\.(ts|astro)$/.test(f))) {
    readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
      if (/\.replace(?:All)?\(\s*['"`]\{\w+\}['"`]\s*,/.test(line)) found.push(`${relative(root, file)}:${i + 1}`);
    });
  }
  assert.deepEqual(found, [], 'use fill() from src/i18n/fill.ts');
});
