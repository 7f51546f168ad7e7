/** The <toc-spy> of TableOfContents.astro: marks the section being read in the contents. */
class TocSpy extends HTMLElement {
  connectedCallback() {
    const links = [...this.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')];
    const targets = links
      .map((link) => document.getElementById(decodeURIComponent(link.hash.slice(1))))
      .filter((el): el is HTMLElement => el !== null);
    const bar = this.closest('.toc-bar');
    const details = bar?.querySelector('details');
    const name = bar?.querySelector('[data-toc-current]');
    const mark = () => {
      // The section being read: its heading is the last at or above the reading line (src/reading/reading-line.ts,
      // whose fraction the page carries, so this module needs none of the reading code). At the end of the page, where
      // the last short sections can never reach that line, the line is the screen's foot: the last heading in sight.
      const line = innerHeight * (scrollY + innerHeight < document.documentElement.scrollHeight - 2 ? Number(this.dataset.readingLine) : 1);
      const index = targets.filter((target) => target.getBoundingClientRect().top <= line).length - 1;
      const current = targets[Math.max(0, index)];
      for (const link of links) {
        if (current && link.hash === `#${current.id}`) link.setAttribute('aria-current', 'true');
        else link.removeAttribute('aria-current');
      }
      // The bar names the section only once the reader is in one; above the first it says "on this page".
      if (name) name.textContent = index >= 0 ? (current?.textContent ?? '') : '';
      // Said on the bar, so its label can step aside for the name (layout.css) without a `:has()` rule.
      bar?.toggleAttribute('data-reading', index >= 0 && !!name?.textContent);
    };
    let queued = false;
    addEventListener('scroll', () => {
      if (queued) return;
      queued = true;
      requestAnimationFrame(() => ((queued = false), mark()));
    }, { passive: true });
    // First marked with the first frame, when the page is laid out anyway: measured now, as the script runs, the
    // headings would make the browser lay out the rest of a long chapter inside this task, before drawing it.
    requestAnimationFrame(mark);
    if (!details) return;
    // The opened list is a layer over the page: a chosen section, Escape or a tap elsewhere closes it.
    this.addEventListener('click', (event) => {
      if ((event.target as Element).closest('a')) details.open = false;
    });
    addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && details.open) {
        details.open = false;
        details.querySelector('summary')?.focus();
      }
    });
    addEventListener('pointerdown', (event) => {
      if (details.open && !details.contains(event.target as Node)) details.open = false;
    });
  }
}
customElements.define('toc-spy', TocSpy);

export {};
