/** The link icon beside every heading (Heading.astro). */
// Clicking a heading's link icon also copies the section URL, so it can be shared at once; the page says so for a
// moment, in a message that is also read out (DocLayout.astro's #copy-status).
const SHOWN_MS = 2500;
let timer: ReturnType<typeof setTimeout> | undefined;

document.addEventListener('click', (event) => {
  const anchor = (event.target as Element).closest<HTMLAnchorElement>('a.heading__anchor');
  if (!anchor || !navigator.clipboard) return;
  navigator.clipboard.writeText(anchor.href).then(() => {
    const status = document.getElementById('copy-status');
    if (!status) return;
    status.textContent = status.dataset.link ?? '';
    clearTimeout(timer);
    timer = setTimeout(() => (status.textContent = ''), SHOWN_MS);
  }, () => {});
});

export {};
