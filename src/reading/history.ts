/** What the home page and the bookmarks page do with the reading history (storage.ts keeps it). */
import { TITLE_SEPARATOR, titleTrail } from '../html/title-trail.ts';
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

/**
 * Where "continue reading" leads: the section last read in the chapter read most recently, or, when the
 * reader finished that chapter, the first chapter after it (in reading order, `chapters`) not finished
 * yet. Undefined when there is no history, or nothing after a finished chapter is left to read.
 */
export function continueAt(progress: Progress, chapters: readonly BookmarkKey[]): { chapter: BookmarkKey; section?: string } | undefined {
  const last = lastRead(progress);
  if (!last || !progress[last.chapter]?.done) return last;
  const next = chapters.slice(chapters.indexOf(last.chapter) + 1).find((chapter) => !progress[chapter]?.done);
  return chapters.includes(last.chapter) && next ? { chapter: next } : undefined;
}

/** `Note › Chapter › Section`, each title once: a note's opening page carries the note's own title. */
export function continueLabel(note: string | undefined, label: string): string {
  return titleTrail([note ?? '', ...label.split(TITLE_SEPARATOR)]);
}
