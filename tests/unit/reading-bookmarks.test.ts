import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isBookmarkKey, keyForPath, parseKey, toggleBookmark } from '../../src/reading/bookmarks.ts';
import { groupBookmarks, keyHref, moveBookmark, removeBookmark } from '../../src/reading/bookmark-list.ts';
import { bookmarkLabel, type ReadingTitles } from '../../src/reading/titles.ts';

test('a bookmark key is a page path without its language, with an optional anchor', () => {
  assert.deepEqual(parseKey('notes/easy-docker/images#run'), { kind: 'chapter', group: 'easy-docker', page: 'notes/easy-docker/images', anchor: 'run' });
  assert.deepEqual(parseKey('reference/run#P'), { kind: 'reference', group: 'reference', page: 'reference/run', anchor: 'P' });
  assert.deepEqual(parseKey('reference/compose-up'), { kind: 'reference', group: 'reference', page: 'reference/compose-up', anchor: undefined });
  for (const bad of ['', 'notes/a', 'notes/a/b/c', '/ko/notes/a/b', 'notes/a/b#', 'notes/A/b', 'reference/run#x y', 'javascript:alert(1)', 42, null]) {
    assert.equal(isBookmarkKey(bad), false, String(bad));
  }
});

test('the same key comes from either language and leads back to both', () => {
  assert.equal(keyForPath('/ko/notes/easy-docker/images/', 'run'), 'notes/easy-docker/images#run');
  assert.equal(keyForPath('/en/notes/easy-docker/images/', 'run'), 'notes/easy-docker/images#run');
  assert.equal(keyForPath('/en/reference/run/'), 'reference/run');
  assert.equal(keyForPath('/ko/bookmarks/'), undefined);
  assert.equal(keyForPath('/ko/'), undefined);
  assert.equal(keyForPath('/fr/notes/easy-docker/images/'), undefined, 'only a site language\'s folder is dropped');
  assert.equal(keyHref('en', 'notes/easy-docker/images#run'), '/en/notes/easy-docker/images/#run');
  assert.equal(keyHref('ko', 'reference/run'), '/ko/reference/run/');
});

test('toggling adds at the end and removes; removing leaves the rest in order', () => {
  assert.deepEqual(toggleBookmark(['a/b'], 'notes/x/y'), ['a/b', 'notes/x/y']);
  assert.deepEqual(toggleBookmark(['notes/x/y', 'reference/run'], 'notes/x/y'), ['reference/run']);
  assert.deepEqual(removeBookmark(['notes/x/a', 'notes/x/b', 'notes/x/c'], 'notes/x/b'), ['notes/x/a', 'notes/x/c']);
});

test('moving swaps with the neighbour in the same group and stops at the ends', () => {
  const list = ['notes/n1/a', 'reference/run', 'notes/n1/b', 'notes/n2/c'];
  assert.deepEqual(moveBookmark(list, 'notes/n1/b', -1), ['notes/n1/b', 'reference/run', 'notes/n1/a', 'notes/n2/c']);
  assert.deepEqual(moveBookmark(list, 'notes/n1/a', 1), ['notes/n1/b', 'reference/run', 'notes/n1/a', 'notes/n2/c']);
  assert.deepEqual(moveBookmark(list, 'notes/n1/a', -1), list, 'first of its group');
  assert.deepEqual(moveBookmark(list, 'notes/n2/c', 1), list, 'last of its group');
  assert.deepEqual(moveBookmark(list, 'reference/run', 1), list, 'alone in its group');
});

test('groups follow the site order (notes, then the reference) whatever order the bookmarks were made in', () => {
  const groups = groupBookmarks(['reference/run', 'notes/n2/c', 'notes/n1/a', 'notes/n2/d'], ['n1', 'n2', 'reference']);
  assert.deepEqual(groups, [
    { group: 'n1', keys: ['notes/n1/a'] },
    { group: 'n2', keys: ['notes/n2/c', 'notes/n2/d'] },
    { group: 'reference', keys: ['reference/run'] },
  ]);
});

test('labels come from the title map of the page language; unknown pages have none', () => {
  const map: ReadingTitles = {
    groups: [],
    titles: { 'notes/n/c': 'Chapter', 'notes/n/c#s': 'Section', 'reference/run': 'docker run', 'reference/run#rm': '--rm' },
  };
  assert.equal(bookmarkLabel('notes/n/c', map), 'Chapter');
  assert.equal(bookmarkLabel('notes/n/c#s', map), 'Chapter › Section');
  assert.equal(bookmarkLabel('reference/run#rm', map), 'docker run --rm');
  assert.equal(bookmarkLabel('notes/n/c#gone', map), undefined);
  assert.equal(bookmarkLabel('notes/n/gone', map), undefined);
});

test('grouping 20,000 bookmarks of one note takes linear time, in the reader\'s order', () => {
  const list = Array.from({ length: 20_000 }, (_, i) => `notes/n/c${i}`);
  const start = performance.now();
  const groups = groupBookmarks([...list, 'reference/run'], ['n', 'reference']);
  const took = performance.now() - start;
  assert.deepEqual(groups.map((g) => [g.group, g.keys.length]), [['n', 20_000], ['reference', 1]]);
  assert.deepEqual(groups[0]!.keys.slice(0, 3), ['notes/n/c0', 'notes/n/c1', 'notes/n/c2']);
  // Copying the group for each key took seconds at this size; appending takes a few milliseconds.
  assert.ok(took < 500, `took ${Math.round(took)} ms`);
});
