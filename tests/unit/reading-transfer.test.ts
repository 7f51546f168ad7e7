import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EXPORT_FORMAT, exportBookmarks, mergeBookmarks, parseImport } from '../../src/reading/transfer.ts';

test('an export imports back to the same bookmarks', () => {
  const list = ['notes/n/c#s', 'reference/run#rm', 'notes/n/d'];
  const text = exportBookmarks(list, new Date('2026-01-02T03:04:05Z'));
  assert.deepEqual(JSON.parse(text), { format: EXPORT_FORMAT, version: 1, exported: '2026-01-02T03:04:05.000Z', bookmarks: list });
  assert.deepEqual(parseImport(text), { ok: true, bookmarks: list });
});

test('files that are not bookmark exports are refused with the reason', () => {
  assert.deepEqual(parseImport('{"format":'), { ok: false, problems: [{ code: 'not-json' }] });
  assert.deepEqual(parseImport('[]'), { ok: false, problems: [{ code: 'not-bookmarks' }] });
  assert.deepEqual(parseImport('{"format":"other","version":1,"bookmarks":[]}'), { ok: false, problems: [{ code: 'not-bookmarks' }] });
  assert.deepEqual(parseImport(`{"format":"${EXPORT_FORMAT}","version":2,"bookmarks":[]}`), { ok: false, problems: [{ code: 'unsupported-version', version: '2' }] });
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
  });
});

test('imported bookmarks join at the end, without repeating ones already kept', () => {
  assert.deepEqual(mergeBookmarks(['reference/run', 'notes/n/a'], ['notes/n/a', 'notes/n/b', 'notes/n/b']), { list: ['reference/run', 'notes/n/a', 'notes/n/b'], added: 1 });
});
