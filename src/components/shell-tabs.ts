/** The <shell-tabs> of ShellTabs.astro: one tab per shell, the reader's choice kept for every block. */
import { tellNotSaved } from './storage-notice.ts';
const STORAGE_KEY = 'shell';
const EVENT = 'shell-tabs:select';

class ShellTabs extends HTMLElement {
  #tabs: HTMLButtonElement[] = [];
  #panels: HTMLElement[] = [];

  connectedCallback() {
    this.#panels = [...this.querySelectorAll<HTMLElement>(':scope > .shell-tab')];
    if (this.#panels.length < 2) return;
    const id = `shell-tabs-${Math.random().toString(36).slice(2, 8)}`;
    const list = document.createElement('div');
    list.setAttribute('role', 'tablist');
    list.setAttribute('aria-label', this.dataset.label ?? '');
    list.className = 'shell-tabs__list';
    this.#tabs = this.#panels.map((panel, i) => {
      const tab = document.createElement('button');
      tab.type = 'button';
      tab.setAttribute('role', 'tab');
      tab.id = `${id}-tab-${i}`;
      tab.dataset.shell = panel.dataset.shell;
      tab.textContent = panel.dataset.name ?? panel.dataset.shell ?? '';
      panel.id = `${id}-panel-${i}`;
      panel.setAttribute('role', 'tabpanel');
      panel.setAttribute('aria-labelledby', tab.id);
      panel.tabIndex = 0;
      tab.setAttribute('aria-controls', panel.id);
      tab.addEventListener('click', () => this.#choose(i, true));
      tab.addEventListener('keydown', (event) => this.#onKey(event, i));
      list.append(tab);
      return tab;
    });
    this.prepend(list);
    this.classList.add('shell-tabs--active');
    // The reader's chosen shell if this set has it; otherwise the note's own variant, not one added here.
    const stored = safeGet();
    const chosen = this.#panels.findIndex((p) => p.dataset.shell === stored);
    const start = chosen >= 0 ? chosen : Math.max(0, this.#panels.findIndex((p) => !('added' in p.dataset)));
    this.#choose(start, false);
    document.addEventListener(EVENT, (event) => {
      const shell = (event as CustomEvent<string>).detail;
      const index = this.#panels.findIndex((p) => p.dataset.shell === shell);
      if (index >= 0) this.#choose(index, false);
    });
  }

  #choose(index: number, broadcast: boolean) {
    this.#tabs.forEach((tab, i) => {
      const selected = i === index;
      tab.setAttribute('aria-selected', String(selected));
      tab.tabIndex = selected ? 0 : -1;
      this.#panels[i]!.hidden = !selected;
    });
    if (broadcast) {
      const shell = this.#panels[index]!.dataset.shell ?? '';
      try {
        localStorage.setItem(STORAGE_KEY, shell);
      } catch {
        // Storage full or turned off: the tabs switch on this page, and the reader learns it will not last.
        tellNotSaved('notSaved');
      }
      // Keep the chosen tab where it is on screen while tab sets above it change height.
      const tab = this.#tabs[index]!;
      const before = tab.getBoundingClientRect().top;
      document.dispatchEvent(new CustomEvent(EVENT, { detail: shell }));
      window.scrollBy(0, tab.getBoundingClientRect().top - before);
    }
  }

  #onKey(event: KeyboardEvent, index: number) {
    const last = this.#tabs.length - 1;
    const target = { ArrowRight: index === last ? 0 : index + 1, ArrowLeft: index === 0 ? last : index - 1, Home: 0, End: last }[
      event.key
    ];
    if (target === undefined) return;
    event.preventDefault();
    this.#choose(target, true);
    this.#tabs[target]!.focus();
  }
}

function safeGet(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}
customElements.define('shell-tabs', ShellTabs);
