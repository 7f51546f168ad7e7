/**
 * Every line of every source note reaches the built Korean site; the only differences are the
 * entries of content/corrections.yaml, and each of those is shown to the reader on its page.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { findMissingLines, htmlText, stripMarkdown, type Correction } from '../../src/checks/lossless.ts';

import { builtPages, pageByUrl, parseDocument as parseHtml, type BuiltPage } from '../support/site.ts';

const ROOT = join(import.meta.dirname, '../..');
const notes = parse(readFileSync(join(ROOT, 'content/notes.yaml'), 'utf8')) as { slug: string; source: string }[];
const corrections = parse(readFileSync(join(ROOT, 'content/corrections.yaml'), 'utf8')) as (Correction & {
  page: string;
})[];

/** Interface chrome inside the article, and the corrections list (which quotes the originals). */
const CHROME = '.code__label, copy-button, .breadcrumbs, .legacy-notice, .shell-tab__label, section.corrections, .cmd-tips';

/** The article's own text: no interface chrome (copy buttons, code labels, code-link tooltips) and not the corrections list. */
function mainText(page: BuiltPage): string {
  const main = page.dom.querySelector('main');
  if (!main) return '';
  const copy = parseHtml(main.outerHTML);
  for (const chrome of copy.querySelectorAll(CHROME)) chrome.remove();
  return htmlText(copy.outerHTML);
}

for (const note of notes) {
  test(`${note.source}: every line appears on the Korean pages of ${note.slug}`, () => {
    const pages = builtPages().filter((p) => p.url.startsWith(`/ko/notes/${note.slug}/`) && p.url !== `/ko/notes/${note.slug}/`);
    assert.ok(pages.length > 0, `no Korean pages built for ${note.slug}`);
    const text = pages.map(mainText).join('');
    const source = readFileSync(join(ROOT, 'content/sources', note.source), 'utf8');
    const missing = findMissingLines(note.source, source, text, corrections);
    assert.deepEqual(
      missing.map((m) => `${note.source}:${m.line}: ${m.text.trim()}`),
      [],
      `${missing.length} source line(s) missing from the built pages`,
    );
  });
}

test('each correction is applied on its page and listed there with the original', () => {
  for (const fix of corrections) {
    const page = pageByUrl(`/ko/notes/${fix.page}/`);
    assert.ok(page, `corrections.yaml: ${fix.source}:${fix.line} names page ${fix.page}, which was not built`);
    const text = mainText(page);
    const listed = page.dom.querySelector('section.corrections')?.outerHTML ?? '';
    const applied = [fix.to.replace(/\s+/g, ''), stripMarkdown(fix.to)];
    assert.ok(applied.some((t) => text.includes(t)), `${fix.page}: corrected text "${fix.to}" not on the page`);
    assert.ok(
      htmlText(listed).includes(fix.from.replace(/\s+/g, '')),
      `${fix.page}: the corrections list does not show the original "${fix.from}"`,
    );
  }
});
