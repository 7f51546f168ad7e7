/**
 * No page shows Markdown syntax as text: a link, emphasis or backtick code that the renderer did not
 * turn into markup (a link broken over two lines, a reason written with backticks shown as typed).
 * Code is exempt: there `[x](y)`, `**` and backticks can be what the reader types.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { HTMLElement, Node } from 'node-html-parser';
import { builtPages } from '../support/site.ts';
import { LOCALES } from '../../src/i18n/index.ts';

const NOT_SHOWN = new Set(['script', 'style', 'pre', 'code', 'template', 'noscript', 'svg', 'head']);

/** The text a reader sees on the page, in runs (one per element's own text), outside code. */
function visibleRuns(node: Node, runs: string[] = []): string[] {
  for (const child of node.childNodes) {
    if (child.nodeType === 3) runs.push(child.text);
    else if (child.nodeType === 1) {
      const element = child as HTMLElement;
      if (NOT_SHOWN.has(element.rawTagName?.toLowerCase()) || element.hasAttribute('hidden')) continue;
      visibleRuns(element, runs);
    }
  }
  return runs;
}

/** Markdown that a reader would see as typed, with a name for the message. */
export const MARKDOWN_AS_TEXT: [string, RegExp][] = [
  // Also a link whose address went onto the next line: the text then reads "[title]" and "(/address/)".
  ['a link', /\[[^\]\n]+\]\s*\((?:https?:\/\/|\/|#|\.\.?\/)[^)\s]*\)/],
  ['strong emphasis', /\*\*[^*\s][^*]*\*\*|__[^_\s][^_]*__/],
  ['emphasis', /(?:^|[\s(])\*[^*\s][^*\n]*[^*\s]\*(?=$|[\s).,;:!?])/m],
  ['backtick code', /`[^`\n]+`/],
];

test('no page of either language shows Markdown links, emphasis or backtick code as text', () => {
  const pages = builtPages().filter((page) => LOCALES.some((lang) => page.url.startsWith(`/${lang}/`)));
  for (const lang of LOCALES) assert.ok(pages.some((page) => page.url.startsWith(`/${lang}/notes/`)), `no ${lang} chapter was built`);
  const problems: string[] = [];
  for (const page of pages) {
    const text = visibleRuns(page.dom.querySelector('body')!).join('');
    for (const [name, pattern] of MARKDOWN_AS_TEXT) {
      const found = pattern.exec(text);
      if (found) problems.push(`${page.url}: ${name} shown as text: "${found[0].trim().slice(0, 80)}"`);
    }
  }
  assert.deepEqual(problems, []);
});

test('the check finds each kind of Markdown left as text', () => {
  const samples = [
    '[Chapter 7. The Dockerfile in Detail]\n(/en/notes/fastest-docker/dockerfile-in-depth/)',
    'see [the docs](https://docs.docker.com/)',
    'this is **important**',
    'an *emphasised* word',
    'The `Volumes` field',
  ];
  for (const sample of samples) assert.ok(MARKDOWN_AS_TEXT.some(([, pattern]) => pattern.test(sample)), sample);
  for (const fine of ['a * b * c', 'run docker ps [OPTIONS]', '5 * 3 = 15', 'glob *.txt and *.md']) {
    assert.ok(!MARKDOWN_AS_TEXT.some(([, pattern]) => pattern.test(fine)), fine);
  }
});
