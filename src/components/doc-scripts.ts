/**
 * The behaviour of the documentation pages' parts (contents, headings, code blocks, shell tabs, bookmark
 * buttons, folded options), loaded as one module by DocLayout beside BaseLayout's site-scripts.ts. An element a page does
 * not have costs its definition only. The two largest parts are fetched only when needed: the shell tabs
 * by a page that has them, the code links' descriptions and tap targets on the first hover, focus or tap
 * in a code block (code-tips.ts answers that event once it is in).
 */
import './toc-spy.ts';
import './heading-links.ts';
import './copy-button.ts';
import './reading/bookmark-button.ts';
import './reading/reading-progress.ts';
import './folded-target.ts';

if (document.querySelector('shell-tabs')) void import('./shell-tabs.ts');

if (document.querySelector('a.cmd-link')) {
  const early: Event[] = [];
  const types = ['pointerdown', 'pointerover', 'focusin', 'click'] as const;
  const wait = (event: Event) => {
    const target = event.target instanceof Element ? event.target : null;
    if (!target?.closest('pre a.cmd-link, pre:has(a.cmd-link)')) return;
    // A tap shows the description first: the link is followed only once the code knows it was meant.
    if (event.type === 'click' && early.some((e) => e.type === 'pointerdown' && (e as PointerEvent).pointerType !== 'mouse')) event.preventDefault();
    if (early.push(event) > 1) return;
    void import('./code-tips.ts').then(({ start }) => {
      for (const type of types) removeEventListener(type, wait, true);
      start(early);
    });
  };
  for (const type of types) addEventListener(type, wait, true);
}
