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
import { LOCALES, t, type Locale } from '../../src/i18n/index.ts';
import { SHELL_NAMES, type Shell } from '../../src/schemas/shells.ts';
import type { AddedCommandData } from '../../src/schemas/added-command.ts';

const ROOT = join(import.meta.dirname, '../..');
const notes = parse(readFileSync(join(ROOT, 'content/notes.yaml'), 'utf8')) as { slug: string; source: string }[];
const addedCommands = parse(readFileSync(join(ROOT, 'content/added-commands.yaml'), 'utf8')) as AddedCommandData[];
const corrections = parse(readFileSync(join(ROOT, 'content/corrections.yaml'), 'utf8')) as (Correction & {
  page: string;
})[];

/** Interface chrome inside the article, and the corrections list (which quotes the originals). */
const CHROME = '.code__label, copy-button, .shell-tab__added, .breadcrumbs, .legacy-notice, .shell-tab__label, section.corrections, .cmd-tips';

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

/** Each shell tab of a chapter page: its shell, whether it is marked added, its label and its code (whitespace removed). */
function shellTabs(page: BuiltPage) {
  return page.dom.querySelectorAll('.shell-tab').map((tab) => ({
    shell: tab.getAttribute('data-shell') as Shell,
    added: tab.hasAttribute('data-added'),
    label: tab.querySelector('.shell-tab__label')?.text.trim() ?? '',
    note: tab.querySelector('.shell-tab__added')?.text.trim(),
    code: htmlText(tab.querySelector('pre')?.outerHTML ?? ''),
  }));
}

test('the shell tabs a note does not have are exactly those in added-commands.yaml, each labelled added', () => {
  const unmatched = new Set(addedCommands);
  let added = 0;
  for (const note of notes) {
    const source = readFileSync(join(ROOT, 'content/sources', note.source), 'utf8').replace(/\s+/g, '');
    for (const page of builtPages().filter((p) => p.url.startsWith(`/ko/notes/${note.slug}/`))) {
      const pagePath = page.url.replace(/^\/ko\/notes\/|\/$/g, '');
      for (const tab of shellTabs(page)) {
        const listed = addedCommands.find((a) => a.page === pagePath && a.shell === tab.shell && a.code.replace(/\s+/g, '') === tab.code);
        const where = `${page.url} (${tab.shell}: ${tab.code})`;
        if (!tab.added) {
          assert.ok(source.includes(tab.code), `${where}: not in ${note.source}, so it must be marked added and listed in added-commands.yaml`);
          assert.equal(listed, undefined, `${where}: listed in added-commands.yaml but not marked added`);
          continue;
        }
        added++;
        assert.ok(listed, `${where}: marked added but not listed in added-commands.yaml`);
        assert.ok(!source.includes(tab.code), `${where}: marked added, but ${note.source} has this command`);
        assert.ok(addedNotes('ko', tab.shell).includes(tab.note ?? ''), `${where}: no sentence says it was added (${tab.note})`);
        unmatched.delete(listed);
      }
    }
  }
  assert.ok(added > 0, 'no tab is marked added');
  assert.deepEqual([...unmatched].map((a) => `${a.page} ${a.shell}: ${a.code}`), [], 'added-commands.yaml lists tabs that are not on the pages');
});

test('every language marks the same tabs as added, in its own words', () => {
  const koPages = builtPages().filter((p) => p.url.startsWith('/ko/notes/'));
  for (const lang of LOCALES.filter((l) => l !== 'ko')) {
    for (const ko of koPages) {
      const other = pageByUrl(ko.url.replace(/^\/ko\//, `/${lang}/`));
      assert.ok(other, `${ko.url} has no ${lang} page`);
      const koTabs = shellTabs(ko);
      const tabs = shellTabs(other);
      assert.deepEqual(tabs.map((tab) => [tab.shell, tab.added]), koTabs.map((tab) => [tab.shell, tab.added]), `${other.url}: tabs differ from ${ko.url}`);
      for (const tab of tabs) {
        if (tab.added) assert.ok(addedNotes(lang, tab.shell).includes(tab.note ?? ''), `${other.url}: ${tab.shell}: ${tab.note}`);
        else assert.equal(tab.note, undefined, `${other.url}: ${tab.shell} is the note's own, yet says it was added`);
      }
    }
  }
});

/** The sentences an added tab may carry: it names its shell and the note's own one. */
const addedNotes = (lang: Locale, shell: Shell) =>
  Object.values(SHELL_NAMES).map((own) => t(lang, 'shell.addedNote', { own, shell: SHELL_NAMES[shell] }));

/** A table cell's text lines, split where the cell breaks the line (`<br>`), whitespace removed. */
function cellLines(cellHtml: string): string[] {
  return cellHtml.split(/<br\s*\/?>/i).map(htmlText);
}

test("table cells keep the note's line breaks (<br />)", () => {
  for (const note of notes) {
    const source = readFileSync(join(ROOT, 'content/sources', note.source), 'utf8');
    const cells = builtPages()
      .filter((p) => p.url.startsWith(`/ko/notes/${note.slug}/`))
      .flatMap((page) => page.dom.querySelectorAll('td').map((td) => ({ url: page.url, lines: cellLines(td.innerHTML) })));
    source.split('\n').forEach((line, index) => {
      if (!/^\s*\|.*<br\s*\/?>.*\|\s*$/.test(line)) return;
      for (const cell of line.trim().slice(1, -1).split(/(?<!\\)\|/).filter((c) => /<br\s*\/?>/i.test(c))) {
        const wanted = cell.split(/<br\s*\/?>/i).map(stripMarkdown);
        const found = cells.some((c) => c.lines.length === wanted.length && c.lines.every((text, k) => text.includes(wanted[k]!.slice(0, 12))));
        assert.ok(found, `${note.source}:${index + 1}: no table cell on the Korean pages breaks its lines as the note does (${wanted.length} lines)`);
      }
    });
  }
});

test('every language breaks table cells where the Korean page does', () => {
  for (const ko of builtPages().filter((p) => p.url.startsWith('/ko/notes/'))) {
    const breaks = (page: BuiltPage) => page.dom.querySelectorAll('td').map((td) => td.querySelectorAll('br').length);
    for (const lang of LOCALES.filter((l) => l !== 'ko')) {
      const other = pageByUrl(ko.url.replace(/^\/ko\//, `/${lang}/`));
      if (other) assert.deepEqual(breaks(other), breaks(ko), `${other.url}: table cell line breaks differ from ${ko.url}`);
    }
  }
});
