/**
 * The bookmark buttons' code waits until it has something to do. The buttons are sent unpressed, which is
 * right for a reader with no bookmarks: the stored list is read once the browser is idle, and only when
 * bookmarks are stored or storage is out of reach (then the buttons hide). A reference page's option entries
 * get their buttons, from a module of their own, when the reader first points at, touches or tabs into their
 * list. A click, or another tab changing the bookmarks, loads the state at once.
 */
import { STORAGE_KEYS, bookmarksToShow } from '../../reading/storage-keys.ts';

const state = () => import('./bookmark-buttons.ts');
const showState = () => void state().then((m) => m.showBookmarkState());
const whenIdle = window.requestIdleCallback ?? setTimeout;

if (document.querySelector('button[data-bookmark]')) {
  whenIdle(() => bookmarksToShow() && showState());
  const lists = [...document.querySelectorAll<HTMLElement>('[data-option-bookmarks]')];
  const reached = ['pointerover', 'pointerdown', 'focusin'] as const;
  const addButtons = () => {
    for (const list of lists) for (const type of reached) list.removeEventListener(type, addButtons);
    void import('./option-bookmark-buttons.ts')
      .then((m) => m.addOptionButtons())
      .then(() => bookmarksToShow() && showState());
  };
  for (const list of lists) for (const type of reached) list.addEventListener(type, addButtons, { passive: true });
}
document.addEventListener('click', (event) => {
  const button = (event.target as Element).closest<HTMLButtonElement>('button[data-bookmark]');
  if (button) void state().then((m) => m.toggleBookmarkOf(button));
});
addEventListener('storage', (event) => {
  if (event.key === STORAGE_KEYS.bookmarks || event.key === null) showState();
});
