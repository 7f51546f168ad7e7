import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lastRead, clearProgress } from '../../src/reading/history.ts';
import { readBookmarks, readProgress, recordProgress, STORAGE_KEYS, writeBookmarks, type KeyValueStore } from '../../src/reading/storage.ts';
import { bookmarksToShow } from '../../src/reading/storage-keys.ts';

function memoryStore(initial: Record<string, string> = {}): KeyValueStore & { data: Record<string, string> } {
  const data = { ...initial };
  return {
    data,
    getItem: (key) => data[key] ?? null,
    setItem: (key, value) => void (data[key] = value),
    removeItem: (key) => void delete data[key],
  };
}

test('bookmarks round-trip through storage in order', () => {
  const store = memoryStore();
  writeBookmarks(store, ['notes/n/c#s', 'reference/run']);
  assert.equal(store.data[STORAGE_KEYS.bookmarks], '["notes/n/c#s","reference/run"]');
  assert.deepEqual(readBookmarks(store), ['notes/n/c#s', 'reference/run']);
});

test('stored data that is broken or foreign reads as empty, and bad entries are dropped', () => {
  assert.deepEqual(readBookmarks(memoryStore({ [STORAGE_KEYS.bookmarks]: '{not json' })), []);
  assert.deepEqual(readBookmarks(memoryStore({ [STORAGE_KEYS.bookmarks]: '{"a":1}' })), []);
  assert.deepEqual(readBookmarks(memoryStore({ [STORAGE_KEYS.bookmarks]: '["reference/run", 5, "<b>", "reference/run"]' })), ['reference/run']);
  assert.deepEqual(readProgress(memoryStore({ [STORAGE_KEYS.progress]: '[]' })), {});
  assert.deepEqual(readProgress(memoryStore({ [STORAGE_KEYS.progress]: '{"notes/n/c":{"at":"x"},"bad key":{"at":1}}' })), {});
});

test('storage that refuses writes does not throw', () => {
  const full: KeyValueStore = { getItem: () => null, setItem: () => { throw new Error('QuotaExceededError'); }, removeItem: () => { throw new Error('SecurityError'); } };
  assert.equal(writeBookmarks(full, ['reference/run']), false);
  assert.equal(recordProgress(full, 'notes/n/c', 's', false), false);
  assert.doesNotThrow(() => clearProgress(full));
});

test('progress keeps the last section per chapter; a finished chapter stays finished', () => {
  const store = memoryStore();
  recordProgress(store, 'notes/n/a', 'intro', false, 1);
  recordProgress(store, 'notes/n/a', 'end', true, 2);
  recordProgress(store, 'notes/n/a', 'middle', false, 3);
  recordProgress(store, 'notes/n/b', undefined, false, 4);
  assert.deepEqual(readProgress(store), { 'notes/n/a': { at: 3, section: 'middle', done: true }, 'notes/n/b': { at: 4 } });
});

test('continue reading offers the chapter read most recently, at its section', () => {
  const store = memoryStore();
  assert.equal(lastRead(readProgress(store)), undefined);
  recordProgress(store, 'notes/n/b', 'two', false, 20);
  recordProgress(store, 'notes/n/a', 'one', false, 10);
  assert.deepEqual(lastRead(readProgress(store)), { chapter: 'notes/n/b', section: 'two' });
  clearProgress(store);
  assert.equal(lastRead(readProgress(store)), undefined);
});

test('bookmark buttons need the stored list only when bookmarks are stored or storage is out of reach', (t) => {
  const withStorage = (storage: unknown) => {
    const had = Object.getOwnPropertyDescriptor(globalThis, 'localStorage');
    Object.defineProperty(globalThis, 'localStorage', { configurable: true, get: () => { if (storage instanceof Error) throw storage; return storage; } });
    t.after(() => (had ? Object.defineProperty(globalThis, 'localStorage', had) : delete (globalThis as { localStorage?: unknown }).localStorage));
  };
  withStorage(memoryStore({}));
  assert.equal(bookmarksToShow(), false, 'nothing stored: the buttons are right as sent');
  withStorage(memoryStore({ [STORAGE_KEYS.bookmarks]: '[]' }));
  assert.equal(bookmarksToShow(), true, 'a list is stored, even an empty one');
  withStorage(new DOMException('blocked', 'SecurityError'));
  assert.equal(bookmarksToShow(), true, 'storage blocked: the buttons must hide');
  withStorage(undefined);
  assert.equal(bookmarksToShow(), true, 'no storage at all');
});
