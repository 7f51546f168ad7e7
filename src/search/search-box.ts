/**
 * The search dialog's behaviour once the reader opens it: loads Pagefind and this language's lexicon,
 * runs pagefind-search.ts as the reader types, and renders results, notices and keyboard moves.
 * Loaded on first open only; the page itself carries just the button and the shortcut keys.
 */
import { uiTextOf, type UiText } from '../i18n/format.ts';
import { WRITTEN_IN_HANGUL, type Locale } from '../i18n/locales.ts';
import { isHangul } from '../i18n/hangul.ts';
import { TITLE_SEPARATOR } from '../html/title-trail.ts';
import { pageKept, takeMissed, watchSearchFiles, wordsNotSearchable, type OfflineOutcome } from './offline-search.ts';
import { lexiconOf, type LexiconFile } from './lexicon.ts';
import { passageOf, searchSite, type Pagefind, type SearchOutcome } from './pagefind-search.ts';
import { excerpt } from './excerpt.ts';
import { QueryAnalyzer } from './query.ts';
import type { SearchHit } from './rerank.ts';
import { DEBOUNCE_MS, fragmentIdsUrl, fragmentUrl, lexiconUrl, PAGEFIND_PATH, PAGEFIND_RANKING, typoWordsUrl } from './settings.ts';
import { asksInEnglishWords } from './twin-search.ts';
import { explainPath } from '../i18n/paths.ts';

// Loaded when a query in English words on the Korean site first needs it.
const loadTwinPassages = () => import('./twin-passages.ts');

type PagefindModule = Pagefind & {
  options: (o: object) => Promise<void>;
  init: () => Promise<void>;
};

/** `load` for each key once, remembered; a load that fails (offline) is tried again the next time it is asked for. */
function loadedOnce<T>(load: (key: string) => Promise<T>): (key: string) => Promise<T> {
  const loaded = new Map<string, Promise<T>>();
  return (key) => {
    let promise = loaded.get(key);
    if (!promise) {
      promise = load(key);
      loaded.set(key, promise);
      promise.catch(() => loaded.delete(key));
    }
    return promise;
  };
}

/** A file of the site, or an error naming it when it is not there (offline and not kept, or gone after a deploy). */
async function fetchOk(url: string): Promise<Response> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${response.status} ${url}`);
  return response;
}

const fetchJson = async <T>(url: string): Promise<T> => (await (await fetchOk(url)).json()) as T;

/**
 * Pagefind with one language's index, loaded once: the page's own language, or another one searched from this page
 * (twin-search.ts, or the other site when this one has nothing). Each language has a Pagefind of its own, not one
 * index merged into the other's: Pagefind stems a query with the WebAssembly of the language it was started for,
 * so an English query searched in a Korean page's Pagefind missed `registry`, indexed as its stem `registri`.
 */
export const loadPagefind = loadedOnce(async (lang): Promise<PagefindModule> => {
  watchSearchFiles();
  // Another language's copy under an address of its own, so that it is a module of its own with its own WebAssembly.
  const own = document.documentElement.lang === lang;
  const url = `${PAGEFIND_PATH}pagefind.js${own ? '' : `?lang=${lang}`}`;
  const module = (await import(/* @vite-ignore */ url)) as PagefindModule;
  // No worker: on an index this small it saves a download and a thread for no gain.
  await module.options({ noWorker: true, ranking: PAGEFIND_RANKING });
  // Pagefind takes its language from the page's <html lang> when it starts, which happens before init's first
  // await: the other language's is set for that moment only.
  const page = document.documentElement.lang;
  document.documentElement.lang = lang;
  let started: Promise<void>;
  try {
    started = module.init();
  } finally {
    document.documentElement.lang = page;
  }
  await started;
  return module;
});

/** One language's lexicon, as a query analyzer. */
export const loadAnalyzer = loadedOnce((lang) =>
  fetchJson<LexiconFile>(lexiconUrl(lang)).then((file) => new QueryAnalyzer(lexiconOf(file), () => fetchJson<string[]>(typoWordsUrl(lang)))),
);

/** A language's address -> fragment id list (settings.ts fragmentIdsUrl), for its twins of another language's passages. */
const loadFragmentIds = loadedOnce((lang) => fetchJson<Record<string, string>>(fragmentIdsUrl(lang)));

/** True when the query is written in the other language's script: Korean on the English site, or no Korean on the Korean site. */
export const inOtherLanguage = (query: string, lang: Locale) => isHangul(query) !== WRITTEN_IN_HANGUL[lang];

/**
 * A query that reads as a command line (`docker run -d -p 80:80 nginx`, `RUN --mount=...`), not as words to
 * look up: ASCII only, and a flag or more words than a command's name (`docker network create` is a lookup). A `$ `
 * prompt before it, as tutorials print commands, is allowed: the explainer leaves it out (reference/pasted-text.ts).
 */
const COMMAND_LINE = /^(?=[\x20-\x7e\s]*$)\s*(\$\s+)?(sudo\s+)?((docker|docker-compose|dockerd)(\s+[^\s-]\S*)*\s+-|(docker|docker-compose|dockerd)(\s+\S+){3,}|(RUN|COPY|ADD)\s+--)/;

/**
 * For a command line, the "Explain this command" row that opens the explainer with it (shown before the
 * results); undefined for any other query. The explainer's page is /<lang>/explain/ (src/i18n/paths.ts).
 */
export function explainRow(query: string, lang: string, label: string): HTMLLIElement | undefined {
  if (!COMMAND_LINE.test(query)) return undefined;
  const code = document.createElement('code');
  code.textContent = query.trim();
  const li = optionRow('search-hit-explain', explainPath(lang, query.trim()), label, code);
  li.className = 'search-results__explain';
  return li;
}

/** One row of the results list: a link holding a title and an excerpt, chosen with the arrow keys, not by Tab. */
function optionRow(id: string, href: string, title: string, excerpt: HTMLElement): HTMLLIElement {
  const li = document.createElement('li');
  li.id = id;
  li.setAttribute('role', 'option');
  li.setAttribute('aria-selected', 'false');
  const a = document.createElement('a');
  a.href = href;
  a.tabIndex = -1;
  const heading = document.createElement('span');
  heading.className = 'search-results__title';
  heading.textContent = title;
  excerpt.className = 'search-results__excerpt';
  a.append(heading, excerpt);
  li.append(a);
  return li;
}

const NOTHING_FOUND: SearchOutcome = { hits: [], corrections: [], translations: [], partial: false, suggestions: [] };

/**
 * Offline, `shown` without the results whose page is not kept on this device (a search's passages can be kept
 * while their pages are not): they would open the offline page. Those left out are said to be there.
 */
async function keptPagesOnly(shown: Shown): Promise<Shown> {
  const kept = await Promise.all(shown.outcome.hits.map((hit) => pageKept(hit.url)));
  const hits = shown.outcome.hits.filter((_, i) => kept[i]);
  return hits.length < kept.length ? { ...shown, outcome: { ...shown.outcome, hits }, offline: { words: shown.offline?.words ?? [], unshown: true } } : shown;
}

interface Shown {
  outcome: SearchOutcome;
  /** Set when the results come from the other language's site. */
  lang?: string;
  /** Set when part of the search could not be loaded (offline, not kept on this device). */
  offline?: OfflineOutcome;
}

/**
 * A query in English words on a site written in Hangul, searched in the other language's index and answered with
 * this language's twins (twin-search.ts); undefined when that cannot be done (a note's scope, whose name is this
 * language's; offline, the other language's files not kept), and this language's own index answers instead.
 */
async function searchTwins(analyzer: QueryAnalyzer, query: string, lang: Locale, other: Locale, scope: string): Promise<SearchOutcome | undefined> {
  if (WRITTEN_IN_HANGUL[other] || scope.startsWith('section:') || !asksInEnglishWords(query, lang, analyzer)) return undefined;
  try {
    const [twins, pagefind, otherAnalyzer, fragmentIds] = await Promise.all([loadTwinPassages(), loadPagefind(other), loadAnalyzer(other), loadFragmentIds(lang)]);
    const tools = { searchSite, passageOf, excerpt, fragmentUrl, fetchOk };
    return await twins.searchTwins(tools, { pagefind, analyzer: otherAnalyzer }, analyzer, query, scope, fragmentIds);
  } catch {
    // What failed to load here is not missing from this language's own search, which answers next.
    takeMissed();
    return undefined;
  }
}

/** `query` with each corrected word in place of the word typed (`dokcer` -> `docker`), whatever its case. */
const withCorrections = (query: string, corrections: [string, string][]) => corrections.reduce((q, [from, to]) => q.replace(new RegExp(from, 'i'), () => to), query);

/**
 * Searches this site (through the other language's index for a query in English words on the Korean site), and
 * the other language's site when this one has nothing for the query.
 */
export async function searchBothSites(query: string, lang: Locale, other: Locale | undefined, scope: string): Promise<Shown> {
  const [pagefind, analyzer] = await Promise.all([loadPagefind(lang), loadAnalyzer(lang)]);
  const twins = other ? await searchTwins(analyzer, query, lang, other, scope) : undefined;
  if (twins?.hits.length) return { outcome: twins };
  const outcome = await searchSite(pagefind, analyzer, query, scope);
  if (outcome.hits.length || !other) return { outcome };
  const [otherPagefind, otherAnalyzer] = await Promise.all([loadPagefind(other), loadAnalyzer(other)]);
  const elsewhere = await searchSite(otherPagefind, otherAnalyzer, query, scope.startsWith('kind:') ? scope : '');
  // A word the other site corrected (`도거` is `도커` there, where no other word is as near) may be found here as
  // corrected: this site's passages come first.
  if (elsewhere.corrections.length) {
    const corrected = withCorrections(query, elsewhere.corrections);
    const here = await searchSite(pagefind, analyzer, corrected, scope);
    if (here.hits.length) return { outcome: { ...here, corrections: elsewhere.corrections } };
  }
  return elsewhere.hits.length ? { outcome: elsewhere, lang: other } : { outcome };
}

export class SearchBox {
  #active = -1;
  #latest = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;
  readonly #root: HTMLElement;
  readonly #input: HTMLInputElement;
  readonly #scope: HTMLSelectElement;
  readonly #list: HTMLElement;
  readonly #status: HTMLElement;
  readonly #notice: HTMLElement;

  readonly lang: Locale;
  readonly other: Locale | undefined;
  /** The strings SiteSearch.astro hands this script: `search.box.*`. */
  readonly text: UiText;

  constructor(root: HTMLElement, lang: Locale, other: Locale | undefined) {
    this.lang = lang;
    this.other = other;
    this.text = uiTextOf(root);
    const { t } = this.text;
    this.#root = root;
    this.#input = root.querySelector<HTMLInputElement>('#search-input')!;
    this.#scope = root.querySelector<HTMLSelectElement>('#search-scope')!;
    this.#list = root.querySelector<HTMLElement>('#search-results')!;
    this.#status = root.querySelector<HTMLElement>('.search-dialog__status')!;
    this.#notice = root.querySelector<HTMLElement>('.search-dialog__notice')!;
    this.#input.addEventListener('input', () => this.#schedule());
    this.#scope.addEventListener('change', () => this.run());
    this.#input.addEventListener('keydown', (event) => this.#onKey(event));
    // A result on this page only moves within it: the dialog closes, as when Enter opens a result.
    this.#list.addEventListener('click', (event) => {
      if (!(event.ctrlKey || event.metaKey || event.shiftKey) && (event.target as Element).closest('a')) this.#close();
    });
    const loading = t('search.box.loading');
    this.#status.textContent = loading;
    Promise.all([loadPagefind(lang), loadAnalyzer(lang)]).then(
      () => {
        if (this.#status.textContent === loading) this.#status.textContent = '';
        if (this.#input.value.trim()) this.run();
      },
      () => (this.#status.textContent = t(navigator.onLine ? 'search.box.error' : 'search.box.offline')),
    );
  }

  #schedule() {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.run(), DEBOUNCE_MS);
  }

  /** `open`: go to the first result once it is shown (Enter was typed before the list caught up). */
  async run(open = false) {
    clearTimeout(this.#timer);
    const run = ++this.#latest;
    const raw = this.#input.value.trim();
    if (!raw) return this.#render(raw, { outcome: NOTHING_FOUND });
    let shown: Shown = { outcome: NOTHING_FOUND };
    let failed = false;
    takeMissed();
    try {
      shown = await searchBothSites(this.#input.value, this.lang, this.other, this.#scope.value);
    } catch {
      failed = true;
    }
    // Offline, the other language's index (tried when this one has nothing) may be what failed to load: then this
    // language's answer stands, with the words that could not be searched and the passages it could not show said.
    const missed = takeMissed();
    const unanswered = failed && !missed.index;
    if (missed.index || missed.fragments) shown.offline = { words: missed.index ? await this.#notSearchable(raw) : [], unshown: missed.fragments > 0 };
    if (!navigator.onLine || shown.offline) shown = await keptPagesOnly(shown);
    // A newer keystroke or scope change has started its own search: this one's answer is stale.
    if (run !== this.#latest) return;
    // Unanswered, no list is left from an earlier query under the status.
    this.#render(raw, shown);
    if (unanswered) this.#status.textContent = this.text.t(navigator.onLine ? 'search.box.error' : 'search.box.offline');
    else if (open) this.#open();
  }

  async #notSearchable(raw: string): Promise<string[]> {
    const pagefind = await loadPagefind(this.lang);
    return wordsNotSearchable(raw, (word) => pagefind.search(word));
  }

  #render(raw: string, { outcome, lang, offline }: Shown) {
    // Which query the list answers: lets tests wait for a condition instead of a pause.
    this.#list.dataset.query = raw;
    this.#list.replaceChildren(...outcome.hits.map((hit, i) => this.#item(hit, i, lang)));
    const explain = explainRow(raw, this.lang, this.text.t('search.box.explain'));
    if (explain) {
      this.#list.prepend(explain);
      explain.addEventListener('mousemove', () => this.#select(0));
    }
    const options = this.#list.children.length;
    this.#input.setAttribute('aria-expanded', String(options > 0));
    const count = outcome.hits.length;
    const { t, tCount } = this.text;
    // Offline, a word whose part of the index is not kept is not "nothing matches": it could not be searched.
    const unsearched = offline?.words.length ? t('search.box.offlineWords', { words: offline.words.join(', ') }) : '';
    // With nothing to show, what offline kept from view is the answer, not "nothing matches".
    const unshown = offline?.unshown ? t('search.box.offlineUnshown') : '';
    this.#status.textContent = !raw ? '' : count ? tCount('search.box.results', count) : unsearched || unshown || t('search.box.none', { query: raw });
    const notices: string[] = [];
    if (count && unsearched) notices.push(unsearched);
    if (unshown && (count || unsearched)) notices.push(unshown);
    if (lang) notices.push(t('search.box.otherLanguage'));
    if (count && outcome.corrections.length) {
      const corrected = withCorrections(raw, outcome.corrections);
      notices.push(t('search.box.corrected', { query: corrected }));
    }
    if (count && outcome.translations.length && inOtherLanguage(raw, this.lang)) notices.push(t('search.box.translated', { terms: outcome.translations.join(', ') }));
    if (count && outcome.partial) notices.push(t('search.box.partial'));
    this.#notice.textContent = notices.join(' ');
    if (raw && !count && outcome.suggestions.length) this.#notice.append(...this.#suggestions(outcome.suggestions));
    this.#select(options ? 0 : -1);
  }

  /** "Try: docker, dockerd": each a button that searches it. */
  #suggestions(queries: string[]): Node[] {
    const nodes: Node[] = [document.createTextNode(`${this.text.t('search.box.suggest')} `)];
    queries.forEach((query, i) => {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'search-dialog__suggestion';
      button.textContent = query;
      button.addEventListener('click', () => {
        this.#input.value = query;
        this.#input.focus();
        this.run();
      });
      if (i) nodes.push(document.createTextNode(' '));
      nodes.push(button);
    });
    return nodes;
  }

  #item(hit: SearchHit, i: number, lang: string | undefined): HTMLLIElement {
    const excerpt = document.createElement('span');
    excerpt.append(
      ...hit.excerpt.map((part) => {
        if (!part.mark) return document.createTextNode(part.text);
        const mark = document.createElement('mark');
        mark.textContent = part.text;
        return mark;
      }),
    );
    // The page the passage is on (its context, as the index keeps it), then the passage; a reference passage's title names its page.
    const page = hit.context;
    const title = !page || hit.title.startsWith(page) ? hit.title : `${page}${TITLE_SEPARATOR}${hit.title}`;
    const li = optionRow(`search-hit-${i}`, hit.url, title, excerpt);
    if (lang) {
      const a = li.firstElementChild as HTMLAnchorElement;
      a.lang = lang;
      a.hreflang = lang;
    }
    li.addEventListener('mousemove', () => this.#select([...this.#list.children].indexOf(li)));
    return li;
  }

  #select(index: number) {
    const options = [...this.#list.querySelectorAll<HTMLElement>('[role="option"]')];
    options.forEach((o, i) => o.setAttribute('aria-selected', String(i === index)));
    this.#active = index;
    if (index >= 0) {
      this.#input.setAttribute('aria-activedescendant', options[index]!.id);
      options[index]!.scrollIntoView({ block: 'nearest' });
    } else this.#input.removeAttribute('aria-activedescendant');
  }

  #onKey(event: KeyboardEvent) {
    // The options as shown: the results, after the "Explain this command" row when there is one.
    const count = this.#list.querySelectorAll('[role="option"]').length;
    if (event.key === 'ArrowDown' && count) this.#select((this.#active + 1) % count);
    else if (event.key === 'ArrowUp' && count) this.#select((this.#active - 1 + count) % count);
    else if (event.key === 'Enter') {
      // Enter typed before the list caught up with the last keystrokes opens what the whole query finds, not an older answer.
      if (this.#list.dataset.query === this.#input.value.trim()) this.#open();
      else this.run(true);
    } else if (event.key === 'Escape') {
      // Closes at once, as the hint says: a search field's own Escape would first only clear the query.
      this.#close();
    } else return;
    event.preventDefault();
  }

  #open() {
    const link = this.#list.querySelectorAll('[role="option"]')[this.#active]?.querySelector('a');
    if (!link) return;
    this.#close();
    location.assign(link.href);
  }

  #close() {
    this.#root.querySelector('dialog')!.close();
  }
}
