/** The <menu-toggle> of SiteHeader.astro: opens and closes the sidebar on narrow screens. */
class MenuToggle extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector('button')!;
    const root = document.documentElement;
    const set = (open: boolean) => {
      button.setAttribute('aria-expanded', String(open));
      root.classList.toggle('menu-open', open);
    };
    button.addEventListener('click', () => {
      const open = button.getAttribute('aria-expanded') !== 'true';
      set(open);
      // Opening the menu moves focus into it, to the current page's link where there is one.
      if (open) {
        const nav = document.getElementById('site-nav');
        (nav?.querySelector<HTMLElement>('[aria-current="page"]') ?? nav?.querySelector<HTMLElement>('a, summary'))?.focus();
      }
    });
    document.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && root.classList.contains('menu-open')) {
        set(false);
        button.focus();
      }
    });
    matchMedia('(min-width: 50rem)').addEventListener('change', () => set(false));
  }
}
customElements.define('menu-toggle', MenuToggle);

export {};
