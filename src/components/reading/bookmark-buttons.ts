/** The state and the toggling of every bookmark button on the page (bookmark-button.ts loads this). */
import { tellNotSaved } from '../storage-notice.ts';
import { toggleBookmark } from '../../reading/bookmarks.ts';
import { browserStore, readBookmarks, writeBookmarks } from '../../reading/storage.ts';

const store = browserStore();

export function showBookmarkState(): void {
  const kept = new Set(store ? readBookmarks(store) : []);
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-bookmark]')) {
    // Where storage is disabled a bookmark could not be kept: the buttons go.
    button.hidden = !store;
    button.setAttribute('aria-pressed', String(kept.has(button.dataset.bookmark!)));
  }
}

export function toggleBookmarkOf(button: HTMLButtonElement): void {
  if (!store) return;
  // Storage full: the button keeps showing what is stored (unchanged) and the reader is told why.
  if (!writeBookmarks(store, toggleBookmark(readBookmarks(store), button.dataset.bookmark!))) tellNotSaved('notSaved');
  showBookmarkState();
}
