/** Every chapter file becomes a page with one title, unique ids, and an entry in the sitemap. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { INDEX_ATTRIBUTE_PREFIX } from '../../src/search/index-attributes.ts';
import { PAGEFIND_PATH } from '../../src/search/settings.ts';
import { parseFragment } from '../../src/search/fragments.ts';
import { filesUnder } from '../../src/fs/files.ts';
import { INDEX_ONLY_MARK } from '../../src/search/index-data.ts';
import { LOCALES } from '../../src/i18n/index.ts';
import { TITLE_SEPARATOR } from '../../src/html/title-trail.ts';
import { chapterPath } from '../../src/i18n/paths.ts';
import { chapterFiles } from '../support/notes.ts';
import { DIST, builtPages, pageByUrl } from '../support/site.ts';
import { isLocale } from '../../src/i18n/index.ts';


const chapterUrls = () => LOCALES.flatMap(chapterFiles).map((c) => chapterPath(c.lang, c.note, c.chapter));

test('every chapter file is built at /<lang>/notes/<note>/<chapter>/', () => {
  const urls = chapterUrls();
  assert.ok(urls.length >= 24, `expected the 24 Korean chapters at least, found ${urls.length}`);
  for (const url of urls) assert.ok(pageByUrl(url), `${url} was not built`);
});

test('each page has a language, one h1, a description and no duplicate id', () => {
  for (const page of builtPages()) {
    if (page.url === '/') continue;
    const html = page.dom.querySelector('html')!;
    assert.ok(isLocale(html.getAttribute('lang')), `${page.url}: <html lang>`);
    assert.equal(page.dom.querySelectorAll('h1').length, 1, `${page.url}: number of <h1>`);
    assert.ok(page.dom.querySelector('meta[name="description"]')?.getAttribute('content'), `${page.url}: description`);
    const ids = page.dom.querySelectorAll('[id]').map((el) => el.id);
    const dupes = ids.filter((id, i) => ids.indexOf(id) !== i);
    assert.deepEqual(dupes, [], `${page.url}: duplicate ids`);
  }
});

test('every heading in an article has an ASCII id and a link to itself', () => {
  for (const page of builtPages().filter((p) => p.url.includes('/notes/'))) {
    for (const h of page.dom.querySelectorAll('article :is(h2, h3, h4, h5, h6)')) {
      assert.match(h.id, /^[a-z0-9]+(-[a-z0-9]+)*$/, `${page.url}: heading "${h.text}" id`);
      if (h.closest('.corrections') || h.id === 'chapters') continue;
      const anchor = h.parentNode?.querySelector(`a.heading__anchor[href="#${h.id}"]`);
      assert.ok(anchor, `${page.url}: heading #${h.id} has no link icon`);
    }
  }
});

test('the sitemap lists every page except the 404, the language redirect and the reader\'s own (noindex) pages', () => {
  const sitemap = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
  const listed = new Set([...sitemap.matchAll(/<loc>https:\/\/[^/]+(\/[^<]*)<\/loc>/g)].map((m) => m[1]));
  for (const page of builtPages()) {
    if (page.url.endsWith('/404.html') || page.url === '/') continue;
    const noindex = page.dom.querySelector('meta[name="robots"]')?.getAttribute('content')?.includes('noindex');
    assert.equal(listed.has(page.url), !noindex, `${page.url} ${noindex ? 'says noindex but is in' : 'is missing from'} the sitemap`);
  }
});

const hashesOf = (sources: string) => new Set(sources.match(/'sha256-[^']+'/g) ?? []);

test('every page carries a Content-Security-Policy: no inline script but by hash, no eval, no other origin', () => {
  const header = readFileSync(join(DIST, '_server/csp-header.conf'), 'utf8');
  const headerScriptHashes = hashesOf(/script-src ([^;"]*)/.exec(header)?.[1] ?? '');
  for (const page of builtPages()) {
    const meta = page.dom.querySelector('meta[http-equiv="content-security-policy"]');
    assert.ok(meta, `${page.url}: no Content-Security-Policy`);
    const policy = meta.getAttribute('content')!;
    const scriptSrc = /script-src ([^;]*)/.exec(policy)?.[1] ?? '';
    assert.match(policy, /default-src 'self'/, `${page.url}: default-src`);
    assert.doesNotMatch(scriptSrc, /'unsafe-inline'|'unsafe-eval'|https?:|\*/, `${page.url}: script-src ${scriptSrc}`);
    // Each inline script runs only if the policies list its own hash: one hash for the page is not enough.
    // A script before the <meta> answers to the header alone (the meta is not read yet); one after it to both.
    const inMeta = hashesOf(scriptSrc);
    const metaAt = page.html.search(/<meta http-equiv="content-security-policy"/i);
    for (const script of page.dom.querySelectorAll('script:not([src])')) {
      const hash = `'sha256-${createHash('sha256').update(script.rawText).digest('base64')}'`;
      const what = `${page.url}: the inline script "${script.rawText.trim().slice(0, 40)}..." (${hash})`;
      assert.ok(headerScriptHashes.has(hash), `${what} is not allowed by the header's script-src`);
      if (page.html.indexOf(script.rawText) > metaAt) assert.ok(inMeta.has(hash), `${what} is not allowed by the page's <meta> script-src`);
      inMeta.delete(hash);
    }
    // The <meta> allows this page's inline scripts and nothing else (the rest of the site's are not its business).
    assert.deepEqual([...inMeta], [], `${page.url}: its <meta> script-src allows hashes of no inline script on the page`);
  }
});

test('no served page carries the attributes only the search index reads', () => {
  for (const page of builtPages()) {
    const left = page.dom.querySelectorAll('*').flatMap((el) => Object.keys(el.attributes).filter((name) => name.startsWith(INDEX_ATTRIBUTE_PREFIX)));
    assert.deepEqual(left, [], `${page.url} still carries ${left.join(', ')}`);
  }
});

test("the search ships Pagefind's program and index, never its ready-made interfaces or worker, which no page loads", () => {
  const files = readdirSync(join(DIST, PAGEFIND_PATH));
  assert.ok(files.includes('pagefind.js') && files.some((f) => f.endsWith('.pf_meta')), `Pagefind's program or metadata is missing: ${files.join(', ')}`);
  const unused = files.filter((f) => /^pagefind-(ui|modular-ui|component-ui|highlight|worker)\./.test(f));
  assert.deepEqual(unused, []);
});

test('each result downloads only what it shows: no fragment keeps the words only the index sees', () => {
  const fragments = filesUnder(join(DIST, PAGEFIND_PATH, 'fragment')).map((file) => parseFragment(readFileSync(file), file));
  assert.ok(fragments.length >= 2000, `expected a fragment per passage, found ${fragments.length}`);
  const whole = fragments.filter((f) => f.content.includes(INDEX_ONLY_MARK)).map((f) => f.url);
  assert.deepEqual(whole, [], `fragments with their index-only words: ${whole.slice(0, 5).join(', ')}`);
});

test("a reference entry's links into the notes write each title of their trail once, even for a note of one chapter", () => {
  const trails = builtPages()
    .filter((page) => /^\/[a-z]{2}\/reference\/[^/]+\/$/.test(page.url))
    .flatMap((page) => page.dom.querySelectorAll('#in-the-notes ~ .passages a, .passages > li > a').map((a) => ({ url: page.url, parts: a.text.trim().split(TITLE_SEPARATOR) })));
  assert.ok(trails.length > 100, `only ${trails.length} links into the notes found`);
  const repeated = trails.filter(({ parts }) => parts.some((part, i) => part === parts[i - 1]));
  assert.deepEqual(repeated.map(({ url, parts }) => `${url}: ${parts.join(TITLE_SEPARATOR)}`), []);
});
