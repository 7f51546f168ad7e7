/**
 * The bookmark buttons' code waits until it has something to do. The buttons are sent unpressed, which is
 * right for a reader with no bookmarks: the stored list is read once the browser is idle, and only when
 * bookmarks are stored or storage is out of reach (then the buttons hide). A reference page's option
 * entries get their buttons at idle too, from a module of their own. A click, or another tab changing the
 * bookmarks, loads the state at once.
 */
import { STORAGE_KEYS, bookmarksToShow } from '../../reading/storage-keys.ts';

const state = () => import('./bookmark-buttons.ts');
const showState = () => void state().then((m) => m.showBookmarkState());

if (document.querySelector('button[data-bookmark]')) {
  (window.requestIdleCallback ?? setTimeout)(async () => {
    if (document.querySelector('[data-option-bookmarks]')) await (await import('./option-bookmark-buttons.ts')).addOptionButtons();
    if (bookmarksToShow()) showState();
  });
}
document.addEventListener('click', (event) => {
  const button = (event.target as Element).closest<HTMLButtonElement>('button[data-bookmark]');
  if (button) void state().then((m) => m.toggleBookmarkOf(button));
});
addEventListener('storage', (event) => {
  if (event.key === STORAGE_KEYS.bookmarks || event.key === null) showState();
});
