/** The <theme-select> of ThemeSelect.astro. */
import { tellNotSaved } from './storage-notice.ts';

/**
 * Stores the choice, or forgets it for `auto`. Storage can be full (QuotaExceededError) or turned off
 * (SecurityError on merely reading `localStorage`): the theme then applies to this page only, and the
 * reader is told so instead of the choice vanishing on the next page with an error in the console.
 */
function remember(theme: string): boolean {
  try {
    if (theme === 'auto') localStorage.removeItem('theme');
    else localStorage.setItem('theme', theme);
    return true;
  } catch {
    return false;
  }
}

class ThemeSelect extends HTMLElement {
  connectedCallback() {
    const select = this.querySelector('select')!;
    select.value = document.documentElement.dataset.theme ?? 'auto';
    select.addEventListener('change', () => {
      const theme = select.value;
      if (theme === 'auto') delete document.documentElement.dataset.theme;
      else document.documentElement.dataset.theme = theme;
      if (!remember(theme)) tellNotSaved('themeNotSaved');
    });
  }
}
customElements.define('theme-select', ThemeSelect);
