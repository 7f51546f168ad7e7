/** The <site-search> of SiteSearch.astro: the button and shortcuts that open the search dialog. */
import type { Locale } from '../i18n/locales.ts';
import type { SearchBox } from '../search/search-box.ts';

/** Opens the dialog on click, `/` or Ctrl/Cmd+K; everything else is loaded with the first open. */
class SiteSearch extends HTMLElement {
  #box?: Promise<SearchBox>;

  connectedCallback() {
    const dialog = this.querySelector('dialog')!;
    this.querySelector('.search-button')!.addEventListener('click', () => this.open());
    document.addEventListener('keydown', (event) => {
      const typing = (event.target as HTMLElement).closest('input, textarea, select, [contenteditable]');
      if ((event.key === '/' && !typing) || ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k')) {
        if (dialog.open) return;
        event.preventDefault();
        this.open();
      }
    });
    dialog.addEventListener('click', (event) => event.target === dialog && dialog.close());
  }

  open() {
    this.querySelector('dialog')!.showModal();
    this.querySelector<HTMLInputElement>('#search-input')!.select();
    this.#box ??= import('../search/search-box.ts').then(
      ({ SearchBox }) => new SearchBox(this, this.dataset.lang as Locale, this.dataset.other as Locale | undefined),
    );
  }
}
customElements.define('site-search', SiteSearch);
