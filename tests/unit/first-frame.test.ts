import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FIRST_FRAME_ID, LONG_ARTICLE, withFirstFrameCut } from '../../src/server/first-frame.ts';

const page = (article: string) => `<!doctype html><html><head><title>t</title></head><body><article class="prose">${article}</article><footer></footer></body></html>`;
const paragraphs = (count: number) => Array.from({ length: count }, (_, i) => `<p>Paragraph ${i} ${'word '.repeat(80)}</p>`).join('');
const MARKER = `<span id="${FIRST_FRAME_ID}" hidden></span>`;
const LINK = `<link rel="expect" href="#${FIRST_FRAME_ID}" blocking="render"></head>`;

test("a long article's first frame waits for the marker, set before the first block past a third of it", () => {
  const html = page(paragraphs(200));
  assert.ok(html.length > LONG_ARTICLE);
  const cut = withFirstFrameCut(html);
  assert.ok(cut.includes(LINK), 'the head holds the render-blocking link');
  assert.equal(cut.split(MARKER).length, 2, 'one marker');
  const start = cut.indexOf('<article'), end = cut.indexOf('</article>');
  const at = cut.indexOf(MARKER);
  assert.ok(at > start + (end - start) * 0.3 && at < start + (end - start) * 0.4, `the marker stands at ${((at - start) / (end - start)).toFixed(2)} of the article`);
  assert.ok(cut.startsWith('<p>', at + MARKER.length), 'between two blocks, before a paragraph');
  assert.equal(cut.replace(MARKER, '').replace(LINK, '</head>'), html, 'nothing else changes');
});

test('a short article, or one that is a single long table, draws as it arrives', () => {
  const short = page(paragraphs(20));
  assert.ok(short.length < LONG_ARTICLE);
  assert.equal(withFirstFrameCut(short), short);
  const table = page(`<p>Intro</p><table>${'<tr><td>cell</td><td>text text text text</td></tr>'.repeat(1500)}</table>`);
  assert.ok(table.length > LONG_ARTICLE);
  assert.equal(withFirstFrameCut(table), table, 'no place for an element of its own inside the table');
  const none = '<!doctype html><html><head></head><body><main>' + 'x'.repeat(LONG_ARTICLE * 2) + '</main></body></html>';
  assert.equal(withFirstFrameCut(none), none, 'a page without an article');
});

test("a reference page's option list holds the marker inside a description, at its start, never between two options", () => {
  const options = Array.from({ length: 300 }, (_, i) => `<div id="opt-${i}" class="opt"><dt><code>--flag-${i}</code></dt><dd>What flag ${i} does ${'word '.repeat(20)}</dd></div>`).join('');
  const html = page(`<p>Intro</p><dl class="opts">${options}</dl>`);
  assert.ok(html.length > LONG_ARTICLE);
  const cut = withFirstFrameCut(html);
  assert.ok(cut.includes(LINK), 'the head holds the render-blocking link');
  const at = cut.indexOf(MARKER);
  const start = cut.indexOf('<article'), end = cut.indexOf('</article>');
  assert.ok(at > start + (end - start) * 0.3 && at < start + (end - start) * 0.4, `the marker stands at ${((at - start) / (end - start)).toFixed(2)} of the article`);
  assert.ok(cut.endsWith('<dd>', at), 'just inside a description');
  assert.ok(cut.startsWith('What flag', at + MARKER.length), "before the description's text");
  assert.equal(cut.replace(MARKER, '').replace(LINK, '</head>'), html, 'nothing else changes');
});
