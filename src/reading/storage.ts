/**
 * Everything the reading features remember lives in the browser's localStorage under these keys;
 * nothing is sent anywhere. Reading and writing never throw: storage can be full, disabled or
 * hold something another version wrote, and the page must work regardless.
 */
import { isBookmarkKey, type BookmarkKey } from './bookmarks.ts';
import { STORAGE_KEYS } from './storage-keys.ts';

export { STORAGE_KEYS };

/** The part of `Storage` used here, so tests can pass a plain object. */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

function readJson(store: KeyValueStore, key: string): unknown {
  try {
    return JSON.parse(store.getItem(key) ?? 'null');
  } catch {
    return null;
  }
}

function writeJson(store: KeyValueStore, key: string, value: unknown): boolean {
  try {
    store.setItem(key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

/** Stored bookmarks in the reader's order; entries that are not bookmark keys are left out. */
export function readBookmarks(store: KeyValueStore): BookmarkKey[] {
  const value = readJson(store, STORAGE_KEYS.bookmarks);
  return Array.isArray(value) ? [...new Set(value.filter(isBookmarkKey))] : [];
}

export const writeBookmarks = (store: KeyValueStore, list: readonly BookmarkKey[]) => writeJson(store, STORAGE_KEYS.bookmarks, list);

/** Per chapter (`notes/<note>/<chapter>`): the last section read, when, and whether the end was reached. */
export interface ChapterProgress {
  section?: string;
  at: number;
  done?: boolean;
}
export type Progress = Record<BookmarkKey, ChapterProgress>;

export function readProgress(store: KeyValueStore): Progress {
  const value = readJson(store, STORAGE_KEYS.progress);
  if (!value || typeof value !== 'object' || Array.isArray(value)) return {};
  const progress: Progress = {};
  for (const [key, entry] of Object.entries(value as Record<string, unknown>)) {
    const e = entry as Partial<ChapterProgress> | null;
    if (!isBookmarkKey(key) || !e || typeof e.at !== 'number') continue;
    progress[key] = { at: e.at, ...(typeof e.section === 'string' && { section: e.section }), ...(e.done === true && { done: true }) };
  }
  return progress;
}

/** Remembers where the reader is in `chapter`; once a chapter is done it stays done. */
export function recordProgress(store: KeyValueStore, chapter: BookmarkKey, section: string | undefined, done: boolean, now = Date.now()): boolean {
  const progress = readProgress(store);
  const before = progress[chapter];
  progress[chapter] = { at: now, ...(section && { section }), ...((done || before?.done) && { done: true }) };
  return writeJson(store, STORAGE_KEYS.progress, progress);
}

/** The browser's localStorage, or undefined where it is disabled (reading `localStorage` itself can throw then). */
export function browserStore(): KeyValueStore | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}
