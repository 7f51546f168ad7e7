/**
 * Every translation says what the Korean original says, read from the MDX without a build: every
 * chapter in every language, with the same heading ids, code blocks and table shapes. Run before the
 * build (npm run test:unit), so a missing or drifting translation is reported here by name.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../../src/i18n/index.ts';
import { chapterFiles } from '../support/notes.ts';
import { chapterShape, parityProblems } from '../../src/checks/parity.ts';

const NOTES = join(import.meta.dirname, '../../content/notes');
const chapterNames = (lang: Locale) => chapterFiles(lang).map((c) => `${c.note}/${c.chapter}.mdx`);
const originals = chapterNames(DEFAULT_LOCALE);
const translations = LOCALES.filter((lang) => lang !== DEFAULT_LOCALE);

test('the notes have chapters to compare', () => {
  assert.ok(originals.length > 20, `only ${originals.length} Korean chapters found in content/notes/${DEFAULT_LOCALE}`);
});

for (const lang of translations) {
  test(`every Korean chapter has a ${lang} file and the other way round`, () => {
    const translated = chapterNames(lang);
    assert.deepEqual(originals.filter((f) => !translated.includes(f)).map((f) => `content/notes/${lang}/${f} is missing`), []);
    assert.deepEqual(translated.filter((f) => !originals.includes(f)).map((f) => `content/notes/${lang}/${f} has no Korean original`), []);
  });

  for (const file of originals) {
    test(`content/notes/${lang}/${file} is in step with the Korean`, () => {
      const path = join(NOTES, lang, file);
      assert.ok(existsSync(path), `content/notes/${lang}/${file} is missing`);
      const problems = parityProblems(chapterShape(readFileSync(join(NOTES, DEFAULT_LOCALE, file), 'utf8')), chapterShape(readFileSync(path, 'utf8')));
      assert.deepEqual(problems, [], `content/notes/${lang}/${file}`);
    });
  }
}
