/** The state and the toggling of every bookmark button on the page (BookmarkButton.astro loads this). */
import { toggleBookmark } from '../../reading/bookmarks.ts';
import { browserStore, readBookmarks, writeBookmarks } from '../../reading/storage.ts';

const store = browserStore();

/**
 * The option entries of a reference page get their buttons here, not in the HTML (see OptionsTable.astro):
 * a copy of the page's own command button, with the entry's key and name. The list holds the key's base and
 * the label with a `{title}` slot; an entry its anchor (`id`) and its title (`data-pagefind-title`).
 */
function addOptionButtons(): void {
  const model = document.querySelector<HTMLButtonElement>('button[data-bookmark]');
  if (!model) return;
  for (const list of document.querySelectorAll<HTMLElement>('dl[data-option-bookmarks]')) {
    for (const entry of list.querySelectorAll<HTMLElement>('.opt[id]')) {
      const term = entry.querySelector('dt');
      if (!term || term.querySelector('button[data-bookmark]')) continue;
      const button = model.cloneNode(true) as HTMLButtonElement;
      button.dataset.bookmark = `${list.dataset.optionBookmarks}#${entry.id}`;
      button.querySelector('.visually-hidden')!.textContent = list.dataset.optionBookmarkLabel!.replace('{title}', entry.dataset.pagefindTitle ?? entry.id);
      term.append(button);
    }
  }
}

export function showBookmarkState(): void {
  addOptionButtons();
  const kept = new Set(store ? readBookmarks(store) : []);
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-bookmark]')) {
    // Where storage is disabled a bookmark could not be kept: the buttons go.
    button.hidden = !store;
    button.setAttribute('aria-pressed', String(kept.has(button.dataset.bookmark!)));
  }
}

export function toggleBookmarkOf(button: HTMLButtonElement): void {
  if (!store) return;
  writeBookmarks(store, toggleBookmark(readBookmarks(store), button.dataset.bookmark!));
  showBookmarkState();
}

// Another tab changed the bookmarks: this page's buttons follow.
addEventListener('storage', showBookmarkState);
