import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_LOCALE, LOCALES } from '../../src/i18n/locales.ts';
import { cacheName, carryOver, isPage, langOf, offlinePageFor, searchFilesFor, searchLangOf, staleCaches, strategyFor } from '../../src/reading/offline/policy.ts';

const ORIGIN = 'http://127.0.0.1:4321';
const at = (path: string) => new URL(path, ORIGIN);

test('hashed build files come from the cache; pages and unhashed files from the network first', () => {
  assert.equal(strategyFor(at('/_astro/BaseLayout.BLGlQEQK.css'), ORIGIN, 'GET'), 'cache-first');
  assert.equal(strategyFor(at('/pagefind/fragment/ko_1a2b3c.pf_fragment'), ORIGIN, 'GET'), 'cache-first');
  assert.equal(strategyFor(at('/pagefind/pagefind.ko_f32df484c2.pf_meta'), ORIGIN, 'GET'), 'cache-first');
  assert.equal(strategyFor(at('/pagefind/pagefind-entry.json'), ORIGIN, 'GET'), 'network-first');
  assert.equal(strategyFor(at('/pagefind/pagefind.js'), ORIGIN, 'GET'), 'network-first');
  assert.equal(strategyFor(at('/ko/notes/easy-docker/images/'), ORIGIN, 'GET'), 'network-first');
});

test('other origins, other methods and the worker itself are left to the browser', () => {
  assert.equal(strategyFor(new URL('https://docs.docker.com/'), ORIGIN, 'GET'), 'pass');
  assert.equal(strategyFor(at('/ko/'), ORIGIN, 'POST'), 'pass');
  assert.equal(strategyFor(at('/sw.js'), ORIGIN, 'GET'), 'pass');
});

test('a new build retires the caches of older builds and leaves other caches alone', () => {
  const current = cacheName('new');
  assert.deepEqual(staleCaches([cacheName('old'), current, 'someone-else', cacheName('older')], current), [cacheName('old'), cacheName('older')]);
});

test('the offline page speaks the language of the page asked for', () => {
  assert.equal(offlinePageFor('/en/notes/a/b/', LOCALES, DEFAULT_LOCALE), '/en/offline/');
  assert.equal(offlinePageFor('/ko/reference/run/', LOCALES, DEFAULT_LOCALE), '/ko/offline/');
  assert.equal(offlinePageFor('/', LOCALES, DEFAULT_LOCALE), '/ko/offline/');
  assert.equal(offlinePageFor('/fr/x/', LOCALES, DEFAULT_LOCALE), '/ko/offline/');
  assert.ok(isPage(at('/ko/')) && isPage(at('/404.html')) && !isPage(at('/favicon.png')));
});

test('a new build carries over every kind of kept file: pages, title maps and, per language, its search', () => {
  const kept = [
    '/ko/notes/a/b/', '/en/reference/run/', '/ko/bookmarks/titles.json', '/favicon.png',
    '/pagefind/pagefind.js', '/pagefind/pagefind-entry.json', '/pagefind/pagefind.ko_749f116566.pf_meta',
    '/pagefind/index/ko_34f7891.pf_index', '/pagefind/fragment/ko_035fa47.pf_fragment', '/search-index/ko.json',
    '/_astro/BaseLayout.abc.css', 'https://elsewhere.example/x',
  ].map((path) => new URL(path, ORIGIN).href);
  const { urls, languages } = carryOver(kept, ORIGIN, LOCALES);
  assert.deepEqual(urls.map((u) => new URL(u).pathname), ['/ko/notes/a/b/', '/en/reference/run/', '/ko/bookmarks/titles.json', '/favicon.png']);
  assert.deepEqual(languages, ['ko'], 'the old index files are replaced by the new build\'s, for Korean only');
});

test('search files are told apart by language; other files have none', () => {
  assert.equal(searchLangOf('/pagefind/pagefind.en_5a611b8f98.pf_meta', LOCALES), 'en');
  assert.equal(searchLangOf('/pagefind/filter/ko_6551a87.pf_filter', LOCALES), 'ko');
  assert.equal(searchLangOf('/search-index/en-words.json', LOCALES), 'en');
  // Its fragment ids change with every build: never carried over under its own name, so never stale.
  assert.equal(searchLangOf('/search-index/ko-fragments.json', LOCALES), 'ko');
  assert.equal(searchLangOf('/pagefind/pagefind.js', LOCALES), undefined);
  assert.equal(searchLangOf('/pagefind/index/fr_1234567.pf_index', LOCALES), undefined);
  assert.equal(langOf('/en/notes/a/', LOCALES), 'en');
  assert.equal(langOf('/pagefind/x', LOCALES), undefined);
});

test('saving pages keeps the language\'s whole index and the fragments of those pages only', () => {
  const search = { files: ['/pagefind/pagefind.js', '/pagefind/index/en_1.pf_index'], pages: { '/en/notes/n/': ['/pagefind/fragment/en_a.pf_fragment'], '/en/notes/n/c/': ['/pagefind/fragment/en_b.pf_fragment', '/pagefind/fragment/en_c.pf_fragment'], '/en/notes/other/': ['/pagefind/fragment/en_d.pf_fragment'] } };
  assert.deepEqual(searchFilesFor(search, ['/en/notes/n/', `${ORIGIN}/en/notes/n/c/`]), [
    '/pagefind/pagefind.js', '/pagefind/index/en_1.pf_index', '/pagefind/fragment/en_a.pf_fragment', '/pagefind/fragment/en_b.pf_fragment', '/pagefind/fragment/en_c.pf_fragment',
  ]);
});
