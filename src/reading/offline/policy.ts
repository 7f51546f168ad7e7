/**
 * What the service worker does with each request, as pure functions it and the tests share.
 * One cache per build: its name carries the build's version, so a new build's worker starts empty
 * of stale files and deletes the older caches when it takes over.
 */
export const CACHE_PREFIX = 'docker-notes-';
export const cacheName = (version: string) => `${CACHE_PREFIX}${version}`;

/** Caches of this site other than the current build's: deleted on activate. Other sites' caches on the origin stay. */
export const staleCaches = (names: readonly string[], current: string) => names.filter((n) => n.startsWith(CACHE_PREFIX) && n !== current);

/**
 * `cache-first` for files whose name carries a content hash (they never change under that name);
 * `network-first` for everything else, pages included, so a reader online always gets the current text
 * and a reader offline gets the copy from their last visit; `pass` leaves the request to the browser.
 */
export type Strategy = 'cache-first' | 'network-first' | 'pass';

/**
 * The paths of files whose name carries a content hash, as regular expressions that nginx (deploy/nginx.conf,
 * which caches them for a year) and JavaScript read alike; tests/server/config.test.ts holds the two equal.
 */
export const HASHED_PATHS = ['^/_astro/', '^/pagefind/(?:fragment|index|filter)/', '^/pagefind/pagefind\\.[\\w-]+_[0-9a-f]+\\.pf_meta$'] as const;
const HASHED = HASHED_PATHS.map((source) => new RegExp(source));

export function strategyFor(url: URL, origin: string, method: string): Strategy {
  if (method !== 'GET' || url.origin !== origin || url.pathname === '/sw.js') return 'pass';
  return HASHED.some((pattern) => pattern.test(url.pathname)) ? 'cache-first' : 'network-first';
}

/** A site page (as opposed to a file): its path is a folder or an `.html` file. */
export const isPage = (url: URL) => url.pathname.endsWith('/') || url.pathname.endsWith('.html');

export const offlinePath = (lang: string) => `/${lang}/offline/`;

/** The offline page in the language of `pathname` (its first segment), else in the default language. */
export function offlinePageFor(pathname: string, locales: readonly string[], fallback: string): string {
  const first = pathname.split('/')[1] ?? '';
  return offlinePath(locales.includes(first) ? first : fallback);
}

/** What the worker is built with: filled in at build end from the built files. */
export interface BuildManifest {
  version: string;
  /** Cached on install: the offline pages and the build's hashed CSS and JavaScript. */
  precache: string[];
  locales: string[];
  defaultLocale: string;
}

/** The message a note page sends to save its chapters, and the replies it gets on the port it passes. */
export interface SavePagesRequest {
  type: 'save-pages';
  /** The note's pages, in one language: search files for that language are kept with them. */
  urls: string[];
}
export type SavePagesReply = { saved: number; total: number } | { failed: string };

/** What search needs offline in one language (built by search-files.ts, served at searchFilesPath). */
export interface SearchFiles {
  /** Pagefind's program, entry, metadata, WebAssembly, index and filter chunks; the lexicon, typo words and title map. */
  files: string[];
  /** Page path (`/ko/notes/a/b/`) -> the fragments its passages' results are drawn from. */
  pages: Record<string, string[]>;
}

export const searchFilesPath = (lang: string) => `/offline-search/${lang}.json`;

/** The language folder a path is in (`/en/notes/...` -> `en`), if it is one of `locales`. */
export function langOf(pathname: string, locales: readonly string[]): string | undefined {
  const first = pathname.split('/')[1] ?? '';
  return locales.includes(first) ? first : undefined;
}

/** Everything search needs for these pages, offline: the language's search files and the pages' own fragments. */
export function searchFilesFor(search: SearchFiles, pages: readonly string[]): string[] {
  return [...new Set([...search.files, ...pages.flatMap((page) => search.pages[new URL(page, 'http://x').pathname] ?? [])])];
}

/**
 * The language of a file search loads: `/pagefind/pagefind.ko_5a61.pf_meta`, `/pagefind/index/ko_8f55.pf_index`
 * (and filter, fragment), `/search-index/ko.json`, `/search-index/ko-words.json`, `/search-index/ko-fragments.json`. Undefined for other files.
 */
export function searchLangOf(pathname: string, locales: readonly string[]): string | undefined {
  const m = /^\/pagefind\/(?:pagefind\.|(?:index|filter|fragment)\/)([a-z]+)_[0-9a-f]+\.pf_\w+$/.exec(pathname) ?? /^\/search-index\/([a-z]+)(?:-words|-fragments)?\.json$/.exec(pathname);
  return m && locales.includes(m[1]!) ? m[1] : undefined;
}

/**
 * What a new build's worker fetches again of what the older caches kept: every page and file under its
 * own name, except the build's hashed assets (`/_astro/`, installed afresh) and search files, whose names
 * change with the index: for each language that had any, `languages` names it, and the worker keeps that
 * language's current search files and the fragments of the kept pages instead.
 */
export function carryOver(kept: readonly string[], origin: string, locales: readonly string[]): { urls: string[]; languages: string[] } {
  const urls = new Set<string>();
  const languages = new Set<string>();
  for (const address of kept) {
    const url = new URL(address);
    if (url.origin !== origin || url.pathname.startsWith('/_astro/')) continue;
    const lang = searchLangOf(url.pathname, locales);
    if (lang) languages.add(lang);
    else if (!url.pathname.startsWith('/pagefind/')) urls.add(url.origin + url.pathname);
  }
  return { urls: [...urls], languages: [...languages] };
}
