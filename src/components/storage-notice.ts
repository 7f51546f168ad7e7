/** Tells the reader, in the page's StorageNotice, that a choice was not kept; the words are the page's own. */
const SHOWN_MS = 8000;
let timer: ReturnType<typeof setTimeout> | undefined;

export function tellNotSaved(what: 'notSaved' | 'themeNotSaved' | 'progressNotSaved'): void {
  const region = document.querySelector<HTMLElement>('[data-storage-notice]');
  const text = region?.dataset[what];
  if (!region || !text) return;
  region.textContent = text;
  clearTimeout(timer);
  timer = setTimeout(() => (region.textContent = ''), SHOWN_MS);
}
