/**
 * On a chapter (its article says `data-reading-progress`), remembers the section being read (the last
 * heading above the reading line) and whether the reader reached the end. Reading is scrolling: the
 * tracker is loaded on the first scroll, not with the page.
 */
if (document.querySelector('article[data-reading-progress]')) {
  addEventListener('scroll', () => void import('./progress-tracker.ts').then((m) => m.trackProgress()), { once: true, passive: true });
}

export {};
