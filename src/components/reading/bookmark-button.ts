/**
 * The bookmark buttons' code waits until it has something to do. The buttons are sent unpressed, which is
 * right for a reader with no bookmarks: their state is read once the browser is idle only when bookmarks are
 * stored or storage is out of reach, and on a reference page, whose option entries get their buttons then.
 * A click, or another tab changing the bookmarks, loads it at once.
 */
import { STORAGE_KEYS, bookmarksToShow } from '../../reading/storage-keys.ts';

const load = () => import('./bookmark-buttons.ts');
const showState = () => void load().then((m) => m.showBookmarkState());
if (document.querySelector('button[data-bookmark]') && (bookmarksToShow() || document.querySelector('[data-option-bookmarks]'))) {
  (window.requestIdleCallback ?? setTimeout)(showState);
}
document.addEventListener('click', (event) => {
  const button = (event.target as Element).closest<HTMLButtonElement>('button[data-bookmark]');
  if (button) void load().then((m) => m.toggleBookmarkOf(button));
});
addEventListener('storage', (event) => {
  if (event.key === STORAGE_KEYS.bookmarks || event.key === null) showState();
});
