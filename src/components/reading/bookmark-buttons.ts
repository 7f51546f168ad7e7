/** The state and the toggling of every bookmark button on the page (BookmarkButton.astro loads this). */
import { uiTextOf } from '../../i18n/format.ts';
import { tellNotSaved } from '../storage-notice.ts';
import { toggleBookmark } from '../../reading/bookmarks.ts';
import { browserStore, readBookmarks, writeBookmarks } from '../../reading/storage.ts';

const store = browserStore();

interface Deadline {
  timeRemaining: () => number;
}
const whenIdle = (work: (deadline: Deadline) => void) =>
  window.requestIdleCallback ? window.requestIdleCallback(work) : setTimeout(() => work({ timeRemaining: () => 5 }), 1);

function showState(buttons: Iterable<HTMLButtonElement>, kept: Set<string>): void {
  for (const button of buttons) {
    // Where storage is disabled a bookmark could not be kept: the buttons go.
    button.hidden = !store;
    button.setAttribute('aria-pressed', String(kept.has(button.dataset.bookmark!)));
  }
}

const keptNow = () => new Set(store ? readBookmarks(store) : []);

/**
 * The option entries of a reference page get their buttons here, not in the HTML (see OptionsTable.astro):
 * a copy of the page's own command button, with the entry's key and name. The list holds the key's base and
 * the label (`bookmark.flag`, in its `data-strings`) and the command's name (`data-option-command`); an entry its
 * anchor (`id`) and its flag's names (`.opt__name`).
 * They are added a few at a time in idle moments: a hundred at once made a task long enough to delay a
 * reader's tap on a slow phone.
 */
let waitingEntries: HTMLElement[] | undefined;

function addOptionButtons(deadline: Deadline): void {
  const model = document.querySelector<HTMLButtonElement>('button[data-bookmark]');
  waitingEntries ??= model ? [...document.querySelectorAll<HTMLElement>('dl[data-option-bookmarks] .opt[id]')] : [];
  const added: HTMLButtonElement[] = [];
  while (waitingEntries.length && (added.length < 5 || deadline.timeRemaining() > 2)) {
    const entry = waitingEntries.shift()!;
    const list = entry.closest<HTMLElement>('dl[data-option-bookmarks]')!;
    const term = entry.querySelector('dt');
    if (!term || term.querySelector('button[data-bookmark]')) continue;
    const button = model!.cloneNode(true) as HTMLButtonElement;
    button.dataset.bookmark = `${list.dataset.optionBookmarks}#${entry.id}`;
    const names = entry.querySelector('.opt__name')?.textContent ?? entry.id;
    button.querySelector('.visually-hidden')!.textContent = uiTextOf(list).t('bookmark.flag', { title: `${list.dataset.optionCommand} ${names}` });
    term.append(button);
    added.push(button);
  }
  showState(added, keptNow());
  if (waitingEntries.length) whenIdle(addOptionButtons);
}

export function showBookmarkState(): void {
  showState(document.querySelectorAll<HTMLButtonElement>('button[data-bookmark]'), keptNow());
  if (!waitingEntries) whenIdle(addOptionButtons);
}

export function toggleBookmarkOf(button: HTMLButtonElement): void {
  if (!store) return;
  // Storage full: the button keeps showing what is stored (unchanged) and the reader is told why.
  if (!writeBookmarks(store, toggleBookmark(readBookmarks(store), button.dataset.bookmark!))) tellNotSaved('notSaved');
  showBookmarkState();
}
