import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EXPORT_FORMAT, exportBookmarks, mergeBookmarks, parseImport, PROBLEMS_LISTED } from '../../src/reading/transfer.ts';

test('an export imports back to the same bookmarks', () => {
  const list = ['notes/n/c#s', 'reference/run#rm', 'notes/n/d'];
  const text = exportBookmarks(list, new Date('2026-01-02T03:04:05Z'));
  assert.deepEqual(JSON.parse(text), { format: EXPORT_FORMAT, version: 1, exported: '2026-01-02T03:04:05.000Z', bookmarks: list });
  assert.deepEqual(parseImport(text, () => true), { ok: true, bookmarks: list });
});

test('files that are not bookmark exports are refused with the reason', () => {
  const all = () => true;
  assert.deepEqual(parseImport('{"format":', all), { ok: false, problems: [{ code: 'not-json' }], unlisted: 0 });
  assert.deepEqual(parseImport('[]', all), { ok: false, problems: [{ code: 'not-bookmarks' }], unlisted: 0 });
  assert.deepEqual(parseImport('{"format":"other","version":1,"bookmarks":[]}', all), { ok: false, problems: [{ code: 'not-bookmarks' }], unlisted: 0 });
  assert.deepEqual(parseImport(`{"format":"${EXPORT_FORMAT}","version":2,"bookmarks":[]}`, all), { ok: false, problems: [{ code: 'unsupported-version', version: '2', expected: 1 }], unlisted: 0 });
});

test('every bad or unknown entry is listed, numbered from 1, and nothing is imported', () => {
  const file = JSON.stringify({ format: EXPORT_FORMAT, version: 1, bookmarks: ['reference/run', 'not a key', { key: 1 }, 'notes/n/gone'] });
  const result = parseImport(file, (key) => key !== 'notes/n/gone');
  assert.deepEqual(result, {
    ok: false,
    problems: [
      { code: 'bad-entry', entry: 2, value: 'not a key' },
      { code: 'bad-entry', entry: 3, value: '{"key":1}' },
      { code: 'unknown-page', entry: 4, value: 'notes/n/gone' },
    ],
    unlisted: 0,
  });
});

test('imported bookmarks join at the end, without repeating ones already kept', () => {
  assert.deepEqual(mergeBookmarks(['reference/run', 'notes/n/a'], ['notes/n/a', 'notes/n/b', 'notes/n/b']), { list: ['reference/run', 'notes/n/a', 'notes/n/b'], added: 1 });
});

test('a version written as text, or missing, is named as the file has it', () => {
  const all = () => true;
  assert.deepEqual(parseImport(`{"format":"${EXPORT_FORMAT}","version":"1","bookmarks":[]}`, all), { ok: false, problems: [{ code: 'unsupported-version', version: '"1"', expected: 1 }], unlisted: 0 });
  assert.deepEqual(parseImport(`{"format":"${EXPORT_FORMAT}","bookmarks":[]}`, all), { ok: false, problems: [{ code: 'no-version', expected: 1 }], unlisted: 0 });
  assert.deepEqual(parseImport(`{"format":"${EXPORT_FORMAT}","version":null,"bookmarks":[]}`, all), { ok: false, problems: [{ code: 'unsupported-version', version: 'null', expected: 1 }], unlisted: 0 });
});

test('100,000 bad entries list the first few problems and count the rest', () => {
  const file = JSON.stringify({ format: EXPORT_FORMAT, version: 1, bookmarks: Array.from({ length: 100_000 }, (_, i) => `bad ${i}`) });
  const result = parseImport(file, () => true);
  assert.ok(!result.ok);
  assert.equal(result.problems.length, PROBLEMS_LISTED);
  assert.deepEqual(result.problems[0], { code: 'bad-entry', entry: 1, value: 'bad 0' });
  assert.equal(result.unlisted, 100_000 - PROBLEMS_LISTED);
  const long = parseImport(JSON.stringify({ format: EXPORT_FORMAT, version: 1, bookmarks: [{ x: 'y'.repeat(10_000) }] }), () => true);
  assert.ok(!long.ok && long.problems[0]!.code === 'bad-entry' && long.problems[0]!.value.length <= 120, 'a huge entry is shown cut short');
});

test('when the site\'s pages cannot be checked, a file with entries is refused saying why; the form of each entry is still checked', () => {
  const keys = Array.from({ length: 30_000 }, (_, i) => `reference/no-such-command-${i}`);
  assert.deepEqual(parseImport(JSON.stringify({ format: EXPORT_FORMAT, version: 1, bookmarks: keys }), undefined), { ok: false, problems: [{ code: 'cannot-check' }], unlisted: 0 });
  assert.deepEqual(parseImport(JSON.stringify({ format: EXPORT_FORMAT, version: 1, bookmarks: ['x y'] }), undefined), { ok: false, problems: [{ code: 'bad-entry', entry: 1, value: 'x y' }], unlisted: 0 });
  assert.deepEqual(parseImport(JSON.stringify({ format: EXPORT_FORMAT, version: 1, bookmarks: [] }), undefined), { ok: true, bookmarks: [] });
});

test('merging 30,000 imported keys into 30,000 kept ones takes linear time', () => {
  const existing = Array.from({ length: 30_000 }, (_, i) => `reference/a${i}`);
  const incoming = Array.from({ length: 30_000 }, (_, i) => `reference/b${i}`);
  const start = performance.now();
  const { added } = mergeBookmarks(existing, incoming);
  assert.equal(added, 30_000);
  assert.ok(performance.now() - start < 500, `took ${Math.round(performance.now() - start)} ms`);
});
