/** The explainer as built: its page within the page budget, and one data file per language holding every reference entry. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { builtPages, pageByUrl } from '../support/site.ts';
import { LOCALES } from '../../src/i18n/index.ts';
import { HANGUL } from '../../src/i18n/hangul.ts';
import { PAGE_BUDGET_BYTES } from '../../scripts/lib/page-weight.ts';
import { loadReferenceEntries } from '../../src/content/load-entries.ts';
import type { ExplainData } from '../../src/reference/explain-data.ts';

const ROOT = join(import.meta.dirname, '../..');

test('each language has an explainer page within the page budget of gzipped HTML that says what it needs without JavaScript', () => {
  for (const lang of LOCALES) {
    const page = pageByUrl(`/${lang}/explain/`);
    assert.ok(page, `/${lang}/explain/ is built`);
    const size = gzipSync(page.html, { level: 9 }).length;
    assert.ok(size <= PAGE_BUDGET_BYTES, `${page.url}: ${size} bytes gzip`);
    assert.equal(page.dom.querySelector('main .explain-noscript a')?.getAttribute('href'), `/${lang}/reference/`);
    assert.ok(page.dom.querySelector('main textarea#explain-input'), `${page.url}: the box`);
  }
});

test('the data file of each language holds every reference entry, written at build time', () => {
  const ids = loadReferenceEntries(join(ROOT, 'content/commands')).map((e) => e.id).sort();
  for (const lang of LOCALES) {
    const data = JSON.parse(readFileSync(join(ROOT, 'dist', lang, 'explain/data.json'), 'utf8')) as ExplainData;
    assert.deepEqual(data.entries.map((e) => e.id).sort(), ids, `/${lang}/explain/data.json`);
    const detach = data.entries.find((e) => e.id === 'run')!.options.find((o) => o.long === '--detach')!;
    assert.equal(HANGUL.test(detach.text), lang === 'ko', `/${lang}/explain/data.json is in ${lang}`);
  }
});

test('every page with code carries, once, what draws Explain beside Copy: the label, the address and the languages', () => {
  const pages = builtPages().filter((p) => p.dom.querySelector('copy-button'));
  assert.ok(pages.length > 100, `${pages.length} pages with code`);
  for (const page of pages) {
    const lang = page.url.split('/')[1];
    const carriers = page.dom.querySelectorAll('copy-button[data-explain-href]');
    assert.equal(carriers.length, 1, `${page.url}: ${carriers.length} controls carry the explainer's address`);
    assert.equal(carriers[0]!.getAttribute('data-explain-href'), `/${lang}/explain/`);
    assert.deepEqual(carriers[0]!.getAttribute('data-explain-languages')!.split(' ').sort(), ['bash', 'bat', 'cmd', 'console', 'dockerfile', 'powershell', 'ps1', 'sh', 'shell', 'zsh']);
  }
});
