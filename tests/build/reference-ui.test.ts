/** The reference pages, code links and corrections as built: page weight, tooltips without JavaScript, readable places. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { builtPages, pageByUrl } from '../support/site.ts';
import { join } from 'node:path';
import { LOCALE_FOLDER, LOCALES } from '../../src/i18n/index.ts';
import { loadReferenceEntries } from '../../src/content/load-entries.ts';
import { optionAnchor } from '../../src/schemas/command.ts';
import { PAGE_BUDGET_BYTES } from '../../scripts/lib/page-weight.ts';

test('every reference page\'s HTML alone stays within the page budget, gzip, the longest flag lists included', () => {
  const reference = builtPages().filter((p) => /^\/\w+\/reference\//.test(p.url));
  assert.ok(reference.length > 50, `expected the reference pages, found ${reference.length}`);
  for (const page of reference) {
    const size = gzipSync(page.html, { level: 9 }).length;
    assert.ok(size <= PAGE_BUDGET_BYTES, `${page.url}: ${size} bytes gzip`);
  }
  const run = pageByUrl('/ko/reference/run/')!;
  assert.ok(run.dom.querySelectorAll('.opt').length >= 90, 'docker run lists every current flag');
});

test('every entry is built in each language, linked from that language\'s reference index, and shares its group\'s card', () => {
  const entries = loadReferenceEntries(join(import.meta.dirname, '../../content/commands'));
  for (const lang of LOCALES) {
    const index = pageByUrl(`/${lang}/reference/`)!;
    const linked = new Set(index.dom.querySelectorAll('main a').map((a) => a.getAttribute('href')));
    for (const { id, data } of entries) {
      const url = `/${lang}/reference/${id}/`;
      const page = pageByUrl(url);
      assert.ok(page, `${url} (content/commands/${id}.yaml) was not built`);
      assert.ok(linked.has(url), `/${lang}/reference/ does not link to ${url}`);
      const image = page.dom.querySelector('meta[property="og:image"]')?.getAttribute('content') ?? '';
      assert.ok(image.endsWith(`/og/${lang}/reference/${data.group}.png`), `${url}: og:image ${image}, not the ${data.group} card`);
    }
  }
});

test('the flag index, over its parts, lists every flag of every command once, and each part links to all parts', () => {
  const expected = loadReferenceEntries(join(import.meta.dirname, '../../content/commands'))
    .flatMap((entry) => entry.data.options.map((option) => `/reference/${entry.id}/#${optionAnchor(option)}`))
    .sort();
  for (const lang of LOCALES) {
    const parts = builtPages().filter((p) => p.url.startsWith(`/${lang}/reference/flags/`));
    assert.ok(parts.length >= 2, `${lang}: the flag index is cut into parts`);
    const listed = parts
      .flatMap((p) => p.dom.querySelectorAll('.flag-table tbody th a').map((a) => a.getAttribute('href')!.replace(`/${lang}`, '')))
      .sort();
    assert.deepEqual(listed, expected);
    for (const part of parts) {
      const links = part.dom.querySelectorAll('.flag-parts a').map((a) => a.getAttribute('href'));
      assert.deepEqual(links.sort(), parts.map((p) => p.url).sort(), `${part.url}: links to every part`);
      assert.equal(part.dom.querySelector('.flag-parts a[aria-current="page"]')!.getAttribute('href'), part.url);
    }
  }
});

test('flags the notes use come first; the rest sit in a labelled, folded group and keep their anchors', () => {
  for (const lang of LOCALES) {
    const page = pageByUrl(`/${lang}/reference/run/`)!;
    const [used, ...rest] = page.dom.querySelectorAll('.options dl.opts');
    assert.ok(used && rest.length === 1, `${page.url}: two flag lists`);
    assert.ok(used.querySelectorAll('.opt').every((opt) => opt.querySelector('a[href="#in-the-notes"]')), `${page.url}: used flags link to the notes`);
    const more = page.dom.querySelector('.options details.opts__more')!;
    assert.match(more.querySelector('summary')!.text, /\d+/);
    for (const opt of page.dom.querySelectorAll('.opt')) assert.equal(opt.querySelector('a.opt__name')!.getAttribute('href'), `#${opt.id}`);
    assert.ok(page.dom.getElementById('publish'), `${page.url}: #publish`);
  }
});

test('each code link points to a tooltip with its description, written once per page and present without JavaScript', () => {
  const page = pageByUrl('/ko/notes/fastest-docker/using-docker-further/')!;
  const links = page.dom.querySelectorAll('a.cmd-link');
  assert.ok(links.length > 50);
  const texts = new Set<string>();
  for (const tip of page.dom.querySelectorAll('[role="tooltip"]')) {
    assert.ok(!texts.has(tip.text), `${tip.text} written twice`);
    texts.add(tip.text);
  }
  for (const link of links) {
    const tip = page.dom.getElementById(link.getAttribute('aria-describedby') ?? '');
    assert.ok(tip && tip.getAttribute('role') === 'tooltip' && tip.text.trim(), `${link.text}: no tooltip`);
    assert.equal(link.getAttribute('title'), undefined);
    assert.ok(!link.getAttribute('data-tip'), 'no description left in attributes');
  }
});

test('corrections name the note and line, and show no character that fonts cannot draw', () => {
  const pages = builtPages().filter((p) => p.dom.querySelector('.corrections'));
  assert.ok(pages.length > 3);
  for (const page of pages) {
    for (const cell of page.dom.querySelectorAll('.corrections__place')) {
      assert.doesNotMatch(cell.text, /\.txt/, `${page.url}: ${cell.text}`);
      assert.match(cell.text, page.url.startsWith('/ko/') ? /, \d+행$/ : /, line \d+$/, `${page.url}: ${cell.text}`);
    }
    for (const glyph of page.dom.querySelectorAll('.corrections .glyph')) {
      assert.match(glyph.text, /^[\ue000-\uf8ff]$/, `${page.url}: the original character stays in the text`);
      assert.match(glyph.getAttribute('data-stand-in') ?? '', /^[\u0020-\u2FFF]+$/, `${page.url}: a stand-in every font has`);
    }
    const unmarked = page.dom.querySelector('.corrections')!.innerHTML.replace(/<span class="glyph"[^>]*>[^<]*<\/span>/g, '');
    assert.doesNotMatch(unmarked, /[\ue000-\uf8ff]/, `${page.url}: a private-use character without a stand-in`);
  }
});

test('the sidebar numbers chapters one way and names the contents once', () => {
  for (const lang of LOCALES) {
    const nav = pageByUrl(`/${lang}/reference/`)!.dom.querySelector('#site-nav')!;
    const titles = nav.querySelectorAll('details a').map((a) => a.text.trim());
    assert.deepEqual(titles.filter((t) => /^\d+\./.test(t)), [], `${lang}: a chapter numbered "N." beside "N장."`);
    for (const note of nav.querySelectorAll('details')) {
      const labels = note.querySelectorAll('a').map((a) => a.text.trim());
      assert.equal(new Set(labels).size, labels.length, `${lang}: a label twice in ${note.querySelector('summary')!.text}`);
      assert.ok(!(labels.includes('장 목록') && labels.includes('목차')), `${lang}: both 장 목록 and 목차`);
    }
  }
});

test("an option's facts stay words apart from its description and from each other in the page's text (search shows it)", () => {
  const joined: string[] = [];
  for (const page of builtPages().filter((p) => /^reference\/[^/]+\/$/.test(p.url.replace(LOCALE_FOLDER, '')))) {
    for (const dd of page.dom.querySelectorAll('.opt dd')) {
      const text = dd.textContent.replace(/\s+/g, ' ');
      for (const part of dd.querySelectorAll('.opt__facts > *')) {
        const words = part.textContent.replace(/\s+/g, ' ').trim();
        if (!text.includes(` ${words}`)) joined.push(`${page.url}: "${words}" in "${text.trim()}"`);
      }
    }
  }
  assert.deepEqual(joined.slice(0, 5), []);
});

test('the flags only the legacy builder has carry its badge on docker build\'s page and in the flag index, and no other flag does', () => {
  const build = loadReferenceEntries(join(import.meta.dirname, '../../content/commands')).find((e) => e.id === 'build')!;
  const marked = build.data.options.filter((o) => o.builder === 'legacy').map((o) => optionAnchor(o)).sort();
  assert.ok(marked.length > 0, 'build.yaml marks the legacy builder\'s flags');
  for (const lang of LOCALES) {
    const label = pageByUrl(`/${lang}/reference/build/`)!;
    const badge = (el: { querySelectorAll: (s: string) => { text: string }[] }) =>
      el.querySelectorAll('.legacy-badge').some((b) => b.text.trim() === (lang === 'ko' ? '레거시 빌더 전용' : 'Legacy builder only'));
    const onPage = label.dom.querySelectorAll('.opt').filter((opt) => badge(opt)).map((opt) => opt.getAttribute('id')!).sort();
    assert.deepEqual(onPage, marked, `/${lang}/reference/build/`);
    const inIndex = builtPages()
      .filter((p) => p.url.startsWith(`/${lang}/reference/flags/`))
      .flatMap((p) => p.dom.querySelectorAll('.flag-table tbody tr').filter((tr) => badge(tr)))
      .map((tr) => tr.querySelector('th a')!.getAttribute('href')!)
      .sort();
    assert.deepEqual(inIndex, marked.map((a) => `/${lang}/reference/build/#${a}`).sort(), `/${lang}/reference/flags/`);
  }
});
