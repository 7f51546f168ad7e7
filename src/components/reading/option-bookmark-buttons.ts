/**
 * The option entries of a reference page get their bookmark buttons here, not in the HTML (see
 * OptionsTable.astro): a copy of the page's own command button, unpressed, with the entry's key and name.
 * The list holds the key's base, the label (`bookmark.flag`, in its `data-strings`) and the command's name
 * (`data-option-command`); an entry its anchor (`id`) and its flag's names (`.opt__name`).
 * They are added a few at a time in idle moments: a hundred at once made a task long enough to delay a
 * reader's tap on a slow phone. Kept apart from bookmark-buttons.ts, which reads storage: a reader with no
 * bookmarks needs the buttons, not the stored list.
 */
import { uiTextOf } from '../../i18n/format.ts';

interface Deadline {
  timeRemaining: () => number;
}
/**
 * An idle moment, or a tenth of a second at most: a page kept busy (a slow phone scrolling, a machine under load)
 * may have no idle moment for seconds, and the buttons stopped half added until it had one.
 */
const whenIdle = (work: (deadline: Deadline) => void) =>
  window.requestIdleCallback ? window.requestIdleCallback(work, { timeout: 100 }) : setTimeout(() => work({ timeRemaining: () => 5 }), 1);

/** Adds every option's button; resolves once all are in the page. */
export function addOptionButtons(): Promise<void> {
  const model = document.querySelector<HTMLButtonElement>('button[data-bookmark]');
  const waiting = model ? [...document.querySelectorAll<HTMLElement>('dl[data-option-bookmarks] .opt[id]')] : [];
  return new Promise((done) => {
    const addSome = (deadline: Deadline) => {
      let added = 0;
      while (waiting.length && (added < 5 || deadline.timeRemaining() > 2)) {
        const entry = waiting.shift()!;
        const list = entry.closest<HTMLElement>('dl[data-option-bookmarks]')!;
        const term = entry.querySelector('dt');
        if (!term || term.querySelector('button[data-bookmark]')) continue;
        const button = model!.cloneNode(true) as HTMLButtonElement;
        button.dataset.bookmark = `${list.dataset.optionBookmarks}#${entry.id}`;
        button.setAttribute('aria-pressed', 'false');
        const names = entry.querySelector('.opt__name')?.textContent ?? entry.id;
        button.querySelector('.visually-hidden')!.textContent = uiTextOf(list).t('bookmark.flag', { title: `${list.dataset.optionCommand} ${names}` });
        term.append(button);
        added++;
      }
      if (waiting.length) whenIdle(addSome);
      else done();
    };
    whenIdle(addSome);
  });
}
