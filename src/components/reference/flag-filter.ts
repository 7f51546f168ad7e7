/**
 * The flag index's filter (<flag-filter> around the table of src/pages/[lang]/reference/flags/[...part].astro):
 * typing narrows the rows to those holding every word, exact names first. The index is cut into parts by
 * first letter; the other parts' rows are fetched from their pages the first time the reader reaches for the
 * filter, so a query finds a flag whatever part it is in. Offline, or if a part cannot be fetched, the filter
 * keeps to this part's rows.
 */
import { uiTextOf } from '../../i18n/format.ts';
import { flagMatchRank } from '../../reference/flag-match.ts';

/** The rows of the other parts' tables, fetched from their pages, in part order around this one's. */
async function otherParts(): Promise<{ before: HTMLTableRowElement[]; after: HTMLTableRowElement[] }> {
  const links = [...document.querySelectorAll<HTMLAnchorElement>('a[data-flag-part]')];
  const here = links.findIndex((link) => link.getAttribute('aria-current') === 'page');
  const tables = await Promise.all(
    links.map(async (link, i) => {
      if (i === here) return [];
      const response = await fetch(link.href);
      if (!response.ok) throw new Error(`${link.href}: ${response.status}`);
      const page = new DOMParser().parseFromString(await response.text(), 'text/html');
      return [...page.querySelectorAll<HTMLTableRowElement>('.flag-table tbody tr')].map((row) => document.importNode(row, true));
    }),
  );
  return { before: tables.slice(0, here).flat(), after: tables.slice(here + 1).flat() };
}

class FlagFilter extends HTMLElement {
  connectedCallback() {
    const input = this.querySelector('input')!;
    const count = this.querySelector('.flag-filter__count')!;
    const body = this.querySelector('tbody')!;
    // Every known row in alphabetical order; this page's own rows are the ones shown without a query.
    let rows = [...body.rows];
    const own = new Set(rows);
    const haystack = new Map<HTMLTableRowElement, string>();
    const names = new Map<HTMLTableRowElement, string[]>();
    const learn = (row: HTMLTableRowElement) => {
      haystack.set(row, row.textContent!.toLowerCase());
      // Flag names are case-sensitive (`-p` is not `-P`); the match itself is not.
      names.set(row, row.querySelector('th code')!.textContent!.split(', '));
    };
    rows.forEach(learn);
    const { tCount } = uiTextOf(this);
    const apply = () => {
      const query = input.value.trim();
      const words = query.toLowerCase().split(/\s+/).filter(Boolean);
      const shown = query ? rows.filter((row) => words.every((w) => haystack.get(row)!.includes(w))) : rows.filter((row) => own.has(row));
      const visible = new Set(shown);
      rows.forEach((row) => (row.hidden = !visible.has(row)));
      // Stable sort: equal ranks keep the alphabetical order. The hidden rows follow, in theirs.
      const order = query ? [...shown].sort((a, b) => flagMatchRank(names.get(a)!, query) - flagMatchRank(names.get(b)!, query)) : shown;
      body.append(...order, ...rows.filter((row) => !visible.has(row)));
      count.textContent = tCount('flags.count', shown.length);
    };
    // The other parts are fetched once, when the reader first reaches for the filter; if that fails (offline),
    // the filter keeps to this part.
    let loading: Promise<void> | undefined;
    const loadOthers = () =>
      (loading ??= otherParts()
        .then(({ before, after }) => {
          for (const row of [...before, ...after]) {
            row.hidden = true;
            learn(row);
          }
          body.prepend(...before);
          body.append(...after);
          rows = [...before, ...rows, ...after];
        })
        .catch(() => {}));
    input.addEventListener('focus', () => void loadOthers(), { once: true });
    input.addEventListener('input', () => {
      apply();
      void loadOthers().then(apply);
    });
    if (input.value) void loadOthers().then(apply);
  }
}
customElements.define('flag-filter', FlagFilter);
