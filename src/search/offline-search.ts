/**
 * Search without a connection. Offline, Pagefind skips an index chunk it cannot load and answers as if the
 * words in it were on no page, and a passage whose fragment is not kept on this device cannot be shown.
 * This module notices both, by watching the search files the page fails to load, so the search box can say
 * which words could not be searched instead of "nothing matches". What is kept is the service worker's
 * business (src/reading/offline/): the pages and search files a reader used, and for a note saved for
 * offline, its language's whole index.
 */
import { LEXICON_PATH, PAGEFIND_PATH } from './settings.ts';

const missed = { index: 0, fragments: 0 };
let watching = false;

function note(input: RequestInfo | URL): void {
  const href = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  const path = new URL(href, location.href).pathname;
  if (path.startsWith(`${PAGEFIND_PATH}fragment/`)) missed.fragments++;
  else if (path.startsWith(PAGEFIND_PATH) || path.startsWith(LEXICON_PATH)) missed.index++;
}

/**
 * Counts failed loads of search files from now on. Pagefind fetches through the page's `fetch` and keeps
 * no failure (it tries again on the next search), so every search that needs a missing file is counted.
 */
export function watchSearchFiles(): void {
  if (watching) return;
  watching = true;
  const original = globalThis.fetch.bind(globalThis);
  globalThis.fetch = async (input, init) => {
    try {
      const response = await original(input, init);
      if (!response.ok) note(input);
      return response;
    } catch (error) {
      note(input);
      throw error;
    }
  };
}

/**
 * The address the service worker keeps a response under (src/reading/offline/): without the query, which the site's
 * pages take none of and Pagefind adds fresh to each fetch of its entry file to get around HTTP caches.
 */
export const keptAddress = (url: URL): string => url.origin + url.pathname;

/**
 * Whether the page at `url` (a result's address) is kept on this device, so it opens offline. True where the
 * browser has no caches to ask or will not answer: then nothing is known to be missing.
 */
export async function pageKept(url: string): Promise<boolean> {
  try {
    return !globalThis.caches || Boolean(await caches.match(keptAddress(new URL(url, location.href)), { ignoreVary: true }));
  } catch {
    return true;
  }
}

/** Search files that could not be loaded since the last call: index parts, and result fragments. */
export function takeMissed(): { index: number; fragments: number } {
  const taken = { ...missed };
  missed.index = missed.fragments = 0;
  return taken;
}

/** The words of `query` whose part of the index could not be loaded: each searched alone, watching for a miss. */
export async function wordsNotSearchable(query: string, search: (word: string) => Promise<unknown>): Promise<string[]> {
  const words = [...new Set(query.split(/\s+/).filter(Boolean))];
  const missing: string[] = [];
  for (const word of words) {
    takeMissed();
    await search(word).catch(() => undefined);
    if (takeMissed().index) missing.push(word);
  }
  return missing;
}

/** What the search box says about a search run offline: the words it could not search, and whether passages went unshown. */
export interface OfflineOutcome {
  words: string[];
  unshown: boolean;
}
