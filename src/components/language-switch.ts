/** The <language-switch> of LanguageSwitch.astro: the other language's link keeps the section being read. */
class LanguageSwitch extends HTMLElement {
  connectedCallback() {
    // Where the reader is, noted now and as they scroll. Scrolls caused by moving focus within the header
    // are not the reader's: Chrome scrolls the page when a control in the sticky header is focused, so
    // reaching this link by keyboard would otherwise change the section it carries. Noted now as well, since
    // the browser may have scrolled to the #fragment before this script ran, a scroll it never hears of.
    let readerPlace = place();
    let pending = false;
    addEventListener('scroll', () => {
      if (pending || document.activeElement?.closest('.site-header')) return;
      pending = true;
      requestAnimationFrame(() => {
        pending = false;
        readerPlace = place();
      });
    }, { passive: true });
    // A #fragment followed where the page cannot scroll (its target already in view at the page's end) moves
    // nothing, yet it is where the reader chose to be.
    addEventListener('hashchange', () => {
      readerPlace = place();
    });
    for (const link of this.querySelectorAll<HTMLAnchorElement>('a[data-language-link]')) {
      link.addEventListener('click', () => {
        link.hash = readerPlace;
      });
    }
  }
}

/** The #fragment while its target is in sight (or nothing is scrolled), else the section the reader is in. */
function place(): string {
  return fragmentInView() || scrollY === 0 ? location.hash : currentSectionHash();
}

/** Whether the URL's #fragment names an element the reader can see (a target near the page's end never reaches the top). */
function fragmentInView(): boolean {
  const target = fragmentTarget();
  if (!target) return false;
  // Any part on screen counts: a target scrolled to sits at the top edge, a fraction of a pixel above it.
  const { top, bottom } = target.getBoundingClientRect();
  return bottom > 0 && top < innerHeight;
}

/**
 * The element the URL's #fragment names, if any. A fragment that is not valid percent-encoding (a link cut short) names
 * none instead of throwing. Written here and in folded-target.ts: a module the two shared would be one more file for
 * every page to fetch.
 */
function fragmentTarget(): HTMLElement | null {
  try {
    return location.hash.length > 1 ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  } catch {
    return null;
  }
}

/**
 * The section being read: the last heading at or above the reading line (src/reading/reading-line.ts, whose
 * fraction of the window the element carries, so this script stays inline); '' above the first one.
 */
function currentSectionHash(): string {
  const line = innerHeight * Number(document.querySelector<HTMLElement>('language-switch')?.dataset.readingLine);
  // A reference page's flags too (`.opt`), each with its anchor.
  const headings = [...document.querySelectorAll<HTMLElement>('article :is(h2,h3,h4,.opt)[id]')];
  const current = headings.filter((h) => h.getBoundingClientRect().top <= line).at(-1);
  return current ? `#${current.id}` : '';
}
customElements.define('language-switch', LanguageSwitch);

export {};
