/**
 * The English site says what the Korean site says: every chapter in both languages, with the same
 * heading ids, code blocks and table shapes, and no Korean left outside elements marked lang="ko".
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { chapterShape, HANGUL, parityProblems } from '../../src/checks/parity.ts';
import { LOCALES } from '../../src/i18n/index.ts';
import { builtPages, parseDocument as parseHtml } from '../support/site.ts';

const NOTES = join(import.meta.dirname, '../../content/notes');
const chapterFiles = (lang: string) =>
  readdirSync(join(NOTES, lang)).flatMap((note) =>
    readdirSync(join(NOTES, lang, note)).filter((f) => f.endsWith('.mdx')).map((f) => `${note}/${f}`),
  );

test('every Korean chapter has an English file and the other way round', () => {
  const ko = chapterFiles('ko');
  const en = chapterFiles('en');
  assert.deepEqual(ko.filter((f) => !en.includes(f)).map((f) => `content/notes/en/${f} is missing`), []);
  assert.deepEqual(en.filter((f) => !ko.includes(f)).map((f) => `content/notes/en/${f} has no Korean original`), []);
});

for (const file of chapterFiles('ko')) {
  test(`content/notes/en/${file} is in step with the Korean`, () => {
    const enPath = join(NOTES, 'en', file);
    if (!existsSync(enPath)) return assert.fail(`content/notes/en/${file} is missing`);
    const problems = parityProblems(
      chapterShape(readFileSync(join(NOTES, 'ko', file), 'utf8')),
      chapterShape(readFileSync(enPath, 'utf8')),
    );
    assert.deepEqual(problems, [], `content/notes/en/${file}`);
  });
}

test('English pages have no Hangul outside lang="ko" elements', () => {
  const stray: string[] = [];
  let hangulChars = 0;
  for (const page of builtPages().filter((p) => p.url.startsWith('/en/'))) {
    const body = parseHtml(page.dom.querySelector('body')!.outerHTML);
    for (const marked of body.querySelectorAll('[lang="ko"], script, style')) marked.remove();
    const text = body.text;
    const found = text.match(new RegExp(HANGUL.source, 'g')) ?? [];
    hangulChars += found.length;
    if (found.length) stray.push(`${page.url}: ${text.split('\n').filter((l) => HANGUL.test(l)).slice(0, 3).join(' | ').trim()}`);
  }
  assert.deepEqual(stray, [], `${hangulChars} Hangul characters outside lang="ko"`);
});

test('English pages exist for every Korean page, with alternates pointing at each other', () => {
  const urls = new Set(builtPages().map((p) => p.url));
  for (const page of builtPages().filter((p) => p.url.startsWith('/ko/'))) {
    const twin = page.url.replace(/^\/ko\//, '/en/');
    assert.ok(urls.has(twin), `${twin} not built`);
    const alternates = page.dom.querySelectorAll('link[rel="alternate"][hreflang]').map((l) => l.getAttribute('hreflang'));
    assert.deepEqual(alternates.sort(), [...LOCALES, 'x-default'].sort(), `${page.url}: hreflang alternates`);
  }
});

test('the sitemap lists each page with its other-language alternate', () => {
  const sitemap = readFileSync(join(import.meta.dirname, '../../dist/sitemap-0.xml'), 'utf8');
  const entry = /<url><loc>[^<]*\/ko\/notes\/fastest-docker\/using-docker\/<\/loc>(.*?)<\/url>/s.exec(sitemap);
  assert.ok(entry, 'Korean chapter missing from the sitemap');
  assert.match(entry[1]!, /hreflang="en-US" href="[^"]*\/en\/notes\/fastest-docker\/using-docker\/"/);
});
