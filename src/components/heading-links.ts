/** The link icon beside every heading (Heading.astro). */
// Clicking a heading's link icon also copies the section URL, so it can be shared at once.
document.addEventListener('click', (event) => {
  const anchor = (event.target as Element).closest<HTMLAnchorElement>('a.heading__anchor');
  if (!anchor || !navigator.clipboard) return;
  navigator.clipboard.writeText(anchor.href).then(() => {
    const status = document.getElementById('copy-status');
    if (status) status.textContent = anchor.dataset.copied ?? '';
  }, () => {});
});

export {};
