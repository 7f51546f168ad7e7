/**
 * The flag index's filter (<flag-filter> around the table of src/pages/[lang]/reference/flags/[...part].astro):
 * typing narrows the rows to those answering every word, exact names first (flag-match.ts says how a word is read). The index is cut into parts by
 * first letter; the other parts' rows are fetched from their pages the first time the reader reaches for the
 * filter, so a query finds a flag whatever part it is in. Offline, or if a part cannot be fetched, the filter
 * keeps to this part's rows. The page itself fetches this module only then (its script), so reading the index costs
 * none of it.
 */
import { uiTextOf } from '../../i18n/format.ts';
import { parseFlagQuery, rowMatches, rowRank, type FlagRow } from '../../reference/flag-match.ts';

/** The address's parameter that holds the filter's query: `/en/reference/flags/?q=--rm`. */
const QUERY_PARAMETER = 'q';

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
    const known = new Map<HTMLTableRowElement, FlagRow>();
    const learn = (row: HTMLTableRowElement) => {
      // Cells joined by a space: a name and the command beside it (`--rm` `docker run`) are two words.
      known.set(row, { names: row.querySelector('th code')!.textContent!.split(', '), text: [...row.cells].map((cell) => cell.textContent).join(' ') });
    };
    rows.forEach(learn);
    const { tCount } = uiTextOf(this);
    const apply = () => {
      const words = parseFlagQuery(input.value);
      const shown = words.length ? rows.filter((row) => rowMatches(known.get(row)!, words)) : rows.filter((row) => own.has(row));
      const visible = new Set(shown);
      rows.forEach((row) => (row.hidden = !visible.has(row)));
      // Stable sort: equal ranks keep the alphabetical order. The hidden rows follow, in theirs.
      const order = words.length ? [...shown].sort((a, b) => rowRank(known.get(a)!.names, words) - rowRank(known.get(b)!.names, words)) : shown;
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
    // The query is kept in the address, so a filtered list can be shared or bookmarked; replaced, not pushed: each
    // keystroke is not a page to go back to.
    const query = new URLSearchParams(location.search).get(QUERY_PARAMETER);
    if (query && !input.value) input.value = query;
    input.addEventListener('input', () => {
      const url = new URL(location.href);
      if (input.value) url.searchParams.set(QUERY_PARAMETER, input.value);
      else url.searchParams.delete(QUERY_PARAMETER);
      history.replaceState(history.state, '', url);
      apply();
      void loadOthers().then(apply);
    });
    // The page loads this module on the field's first focus: the reader has reached for it, and may have typed already.
    if (input.value || document.activeElement === input) void loadOthers().then(apply);
    else input.addEventListener('focus', () => void loadOthers(), { once: true });
  }
}
customElements.define('flag-filter', FlagFilter);
