/**
 * Remembers, for the chapter being read, the section being read (src/reading/reading-line.ts) and whether
 * the reader reached the end. Saved as the reader scrolls, at most twice a second.
 */
import { keyForPath } from '../../reading/bookmarks.ts';
import { browserStore, recordProgress } from '../../reading/storage.ts';
import { tellNotSaved } from '../storage-notice.ts';
import { currentSectionIndex } from '../../reading/reading-line.ts';

const SAVE_EVERY_MS = 500;

export function trackProgress(): void {
  const chapter = keyForPath(location.pathname);
  const store = browserStore();
  const article = document.querySelector('article');
  if (!chapter || !store || !article) return;
  const headings = [...article.querySelectorAll<HTMLElement>('.heading > [id]')];
  let pending: ReturnType<typeof setTimeout> | undefined;
  let told = false;
  const save = () => {
    pending = undefined;
    const reached = headings[currentSectionIndex(headings.map((h) => h.getBoundingClientRect().top), innerHeight)];
    // Storage full: said once per page, not at every save while the reader scrolls.
    if (!recordProgress(store, chapter, reached?.id, article.getBoundingClientRect().bottom <= innerHeight) && !told) {
      told = true;
      tellNotSaved('progressNotSaved');
    }
  };
  const schedule = () => (pending ??= setTimeout(save, SAVE_EVERY_MS));
  addEventListener('scroll', schedule, { passive: true });
  schedule();
}
