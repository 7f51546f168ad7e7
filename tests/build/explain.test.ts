/** The explainer as built: its page within the page budget, and one data file per language holding every reference entry. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { builtPages, pageByUrl } from '../support/site.ts';
import { LOCALES } from '../../src/i18n/index.ts';
import { loadReferenceEntries } from '../../src/reference/load-entries.ts';
import type { ExplainData } from '../../src/reference/explain-data.ts';

const ROOT = join(import.meta.dirname, '../..');
const PAGE_BUDGET = 25 * 1024;

test('each language has an explainer page within 25 KB of gzipped HTML that says what it needs without JavaScript', () => {
  for (const lang of LOCALES) {
    const page = pageByUrl(`/${lang}/explain/`);
    assert.ok(page, `/${lang}/explain/ is built`);
    const size = gzipSync(page.html, { level: 9 }).length;
    assert.ok(size <= PAGE_BUDGET, `${page.url}: ${size} bytes gzip`);
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
    assert.equal(/[가-힣]/.test(detach.text), lang === 'ko', `/${lang}/explain/data.json is in ${lang}`);
  }
});

test('every shell and Dockerfile block of a chapter offers Explain beside Copy, to the explainer in its language', () => {
  const chapters = builtPages().filter((p) => /^\/\w+\/notes\/[^/]+\/[^/]+\/$/.test(p.url));
  let links = 0;
  for (const page of chapters) {
    const lang = page.url.split('/')[1];
    for (const figure of page.dom.querySelectorAll('figure.code')) {
      const language = figure.querySelector('pre')?.getAttribute('data-language');
      const link = figure.querySelector('a.code__explain');
      if (language === 'sh' || language === 'dockerfile') {
        assert.ok(link, `${page.url}: a ${language} block without Explain`);
        assert.equal(link.getAttribute('href'), `/${lang}/explain/`);
        links++;
      } else if (language === 'text' || figure.classList.contains('code--output')) {
        assert.equal(link, null, `${page.url}: Explain on a ${language ?? 'output'} block`);
      }
    }
  }
  assert.ok(links > 100, `${links} Explain links`);
});
