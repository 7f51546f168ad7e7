/** What the home page and the bookmarks page do with the reading history (storage.ts keeps it). */
import type { BookmarkKey } from './bookmarks.ts';
import { STORAGE_KEYS, type KeyValueStore, type Progress } from './storage.ts';

/** The chapter read most recently, with its section: what "continue reading" offers. */
export function lastRead(progress: Progress): { chapter: BookmarkKey; section?: string } | undefined {
  const [chapter, entry] = Object.entries(progress).sort((a, b) => b[1].at - a[1].at)[0] ?? [];
  return chapter && entry ? { chapter, section: entry.section } : undefined;
}

export function clearProgress(store: KeyValueStore): void {
  try {
    store.removeItem(STORAGE_KEYS.progress);
  } catch {
    // Storage that cannot be written holds no history either.
  }
}
