/** The <copy-button> of CopyButton.astro, and the block's link to the explainer where the page offers one. */
class CopyButton extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector('button');
    const code = this.closest('figure')?.querySelector('pre code');
    const text = () => (code as HTMLElement).innerText.replace(/\n$/, '');
    const page = document.querySelector<HTMLElement>('[data-explain-href]')?.dataset;
    if (page && code && page.explainLanguages!.split(' ').includes(code.parentElement!.dataset.language!)) {
      const explain = Object.assign(document.createElement('a'), { className: 'code__explain', textContent: page.explainLabel, href: page.explainHref });
      // Filled when followed: the explainer reads the block as it is then (a shell tab shows its own variant).
      explain.onclick = explain.onpointerdown = () => (explain.href = `${page.explainHref}?cmd=${encodeURIComponent(text())}`);
      this.prepend(explain);
    }
    // The clipboard API exists only on secure origins; without it the button could not work.
    if (!navigator.clipboard && button) button.hidden = true;
    if (!button || !code || !navigator.clipboard) return;
    const label = button.textContent ?? '';
    button.addEventListener('click', async () => {
      await navigator.clipboard.writeText(text());
      button.textContent = document.getElementById('copy-status')?.dataset.code ?? label;
      setTimeout(() => (button.textContent = label), 1500);
    });
  }
}
customElements.define('copy-button', CopyButton);

export {};
