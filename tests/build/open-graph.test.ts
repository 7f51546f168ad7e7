/** Every page describes itself to link previews, and the image it names is a 1200x630 PNG in the build. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, builtPages, pageByUrl } from '../support/site.ts';
import { SITE_ORIGIN } from '../../scripts/lib/addresses.ts';

const REQUIRED = ['og:title', 'og:description', 'og:url', 'og:locale', 'og:type', 'og:site_name', 'og:image'];

/** Every page, `/` included: it only redirects to a language, but a static host without the server's rules serves it, and a link to the site is shared from it. */
const documents = () => builtPages();
const meta = (page: ReturnType<typeof builtPages>[number], property: string) =>
  page.dom.querySelector(`meta[property="${property}"], meta[name="${property}"]`)?.getAttribute('content') ?? '';

function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  assert.equal(bytes.subarray(1, 4).toString('latin1'), 'PNG', `${file} is not a PNG`);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test('every page has the Open Graph and Twitter card tags', () => {
  for (const page of documents()) {
    for (const property of REQUIRED) assert.ok(meta(page, property), `${page.url}: ${property}`);
    assert.equal(meta(page, 'twitter:card'), 'summary_large_image', `${page.url}: twitter:card`);
    const lang = page.dom.querySelector('html')!.getAttribute('lang');
    assert.equal(meta(page, 'og:locale'), lang === 'ko' ? 'ko_KR' : 'en_US', `${page.url}: og:locale`);
    // A page built in one language only (the 404 page) has no other language to name.
    const otherLanguages = page.dom.querySelectorAll('link[rel="alternate"][hreflang]').filter((link) => !['x-default', lang].includes(link.getAttribute('hreflang')!));
    const alternates = page.dom.querySelectorAll('meta[property="og:locale:alternate"]').map((m) => m.getAttribute('content'));
    assert.equal(alternates.length, otherLanguages.length, `${page.url}: one og:locale:alternate per other language`);
    assert.ok(!alternates.includes(meta(page, 'og:locale')), `${page.url}: og:locale:alternate names another language`);
  }
});

test('og:url is the absolute address of the page itself', () => {
  for (const page of documents().filter((p) => p.url !== '/404.html')) {
    assert.equal(meta(page, 'og:url'), `${SITE_ORIGIN}${page.url}`, page.url);
  }
});

test('every og:image is a 1200x630 PNG in the build', () => {
  const images = new Set(documents().map((page) => meta(page, 'og:image')));
  for (const image of images) {
    assert.ok(image.startsWith(`${SITE_ORIGIN}/og/`), `og:image ${image} is absolute and under /og/`);
    const file = join(DIST, new URL(image).pathname);
    assert.ok(existsSync(file), `${image} was not built`);
    assert.deepEqual(pngSize(file), { width: 1200, height: 630 }, image);
  }
});

test('chapters and reference entries are articles with their own note or group card', () => {
  const chapter = pageByUrl('/ko/notes/fastest-docker/using-docker-further/')!;
  assert.equal(meta(chapter, 'og:type'), 'article');
  assert.equal(meta(chapter, 'og:image'), `${SITE_ORIGIN}/og/ko/notes/fastest-docker.png`);
  const command = pageByUrl('/en/reference/run/')!;
  assert.equal(meta(command, 'og:type'), 'article');
  assert.equal(meta(command, 'og:image'), `${SITE_ORIGIN}/og/en/reference/containers.png`);
  const home = pageByUrl('/en/')!;
  assert.equal(meta(home, 'og:type'), 'website');
  assert.equal(meta(home, 'og:image'), `${SITE_ORIGIN}/og/en/home.png`);
});
