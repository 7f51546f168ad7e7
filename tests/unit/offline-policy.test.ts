import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cacheName, isPage, offlinePageFor, staleCaches, strategyFor } from '../../src/reading/offline/policy.ts';

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
  assert.equal(offlinePageFor('/en/notes/a/b/', ['ko', 'en'], 'ko'), '/en/offline/');
  assert.equal(offlinePageFor('/ko/reference/run/', ['ko', 'en'], 'ko'), '/ko/offline/');
  assert.equal(offlinePageFor('/', ['ko', 'en'], 'ko'), '/ko/offline/');
  assert.equal(offlinePageFor('/fr/x/', ['ko', 'en'], 'ko'), '/ko/offline/');
  assert.ok(isPage(at('/ko/')) && isPage(at('/404.html')) && !isPage(at('/favicon.svg')));
});
