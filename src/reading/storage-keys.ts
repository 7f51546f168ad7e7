/**
 * The localStorage keys of the reading features (storage.ts reads and writes them). Kept apart so that a
 * page can ask whether anything is stored without loading the code that reads it.
 */
export const STORAGE_KEYS = {
  bookmarks: 'docker-notes.bookmarks',
  progress: 'docker-notes.progress',
} as const;

/**
 * Whether a page's bookmark buttons need the stored bookmarks: some are stored, or storage cannot be
 * reached at all (the buttons then hide, since nothing could be kept). False for a reader who has never
 * bookmarked anything, whose buttons already show the right state as the page was sent.
 */
export function bookmarksToShow(): boolean {
  try {
    return globalThis.localStorage.getItem(STORAGE_KEYS.bookmarks) !== null;
  } catch {
    return true;
  }
}
