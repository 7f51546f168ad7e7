/**
 * The built English site speaks English: no Korean left outside elements marked lang="ko", and every
 * page has its twin with alternates. Chapter-by-chapter parity of the MDX needs no build and lives in
 * tests/content/translation.test.ts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { HANGUL } from '../../src/i18n/hangul.ts';
import { LOCALES } from '../../src/i18n/index.ts';
import { builtPages, parseDocument as parseHtml } from '../support/site.ts';

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
