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

const HASHED = [/^\/_astro\//, /^\/pagefind\/(?:fragment|index|filter)\//, /^\/pagefind\/pagefind\.[\w-]+_[0-9a-f]+\.pf_meta$/];

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
  urls: string[];
}
export type SavePagesReply = { saved: number; total: number } | { failed: string };
