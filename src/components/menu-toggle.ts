/** The <menu-toggle> of SiteHeader.astro: opens and closes the sidebar on narrow screens. */
class MenuToggle extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector('button')!;
    const root = document.documentElement;
    const nav = document.getElementById('site-nav');
    // The open menu covers the page below the header: what it covers is made inert, so Tab goes round the
    // menu and the header (this button, search, the language switch) instead of into the hidden article.
    const covered = document.querySelectorAll<HTMLElement>('body > :not(header, :has(#site-nav)), :has(> #site-nav) > :not(#site-nav)');
    let open = false;
    const set = (value: boolean) => {
      open = value;
      button.setAttribute('aria-expanded', String(value));
      root.classList.toggle('menu-open', value);
      covered.forEach((element) => (element.inert = value));
    };
    button.addEventListener('click', () => {
      set(!open);
      // Opening the menu moves focus into it, to the current page's link where there is one.
      if (open) (nav?.querySelector<HTMLElement>('[aria-current="page"]') ?? nav?.querySelector<HTMLElement>('a, summary'))?.focus();
    });
    document.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && open) {
        set(false);
        // Without scrolling: the header's button sits inside the page's scroll padding, and a plain focus() would
        // scroll the page to clear it, losing the reader's place.
        button.focus({ preventScroll: true });
      }
    });
    // The query layout.css shows the menu at: widened past it, the menu is gone, and so is what it made inert.
    matchMedia('(max-width: 50rem)').addEventListener('change', () => set(false));
  }
}
customElements.define('menu-toggle', MenuToggle);

export {};
