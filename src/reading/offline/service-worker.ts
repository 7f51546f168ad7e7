/**
 * The site's service worker (built to /sw.js at build end, see build.ts). It keeps a copy of every page a
 * reader opens and of the files those pages and searches load, so they work again with no network.
 * Nothing is fetched that the reader did not ask for, except the small set cached on install.
 */
import {
  cacheName, carryOver, isPage, langOf, offlinePageFor, searchFilesFor, searchFilesPath, staleCaches, strategyFor,
  type BuildManifest, type SavePagesReply, type SavePagesRequest, type SearchFiles,
} from './policy.ts';
import { keptAddress } from '../../search/offline-search.ts';

declare const BUILD: BuildManifest;

// The DOM library has no service worker types and cannot be mixed with the WebWorker one: the few used here.
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  request: Request;
  respondWith(response: Promise<Response>): void;
}
interface ExtendableMessageEvent extends ExtendableEvent {
  data: unknown;
  ports: readonly MessagePort[];
}
interface Scope {
  location: Location;
  skipWaiting(): Promise<void>;
  clients: { claim(): Promise<void>; matchAll(options: { type: 'window' }): Promise<readonly { url: string }[]> };
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
  addEventListener(type: 'message', listener: (event: ExtendableMessageEvent) => void): void;
}
const worker = self as unknown as Scope;
const CACHE = cacheName(BUILD.version);
/** Static hosts answer `Vary: Origin`, and a module script's request carries an Origin its cached copy lacks. */
const MATCH = { ignoreVary: true };

worker.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(BUILD.precache))
      .then(() => worker.skipWaiting()),
  );
});

worker.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const stale = staleCaches(await caches.keys(), CACHE);
      // What the previous build's worker kept is fetched again for this build (pages, title maps, and for each
      // language whose search was kept, this build's search files and the kept pages' fragments), and so are the
      // pages open now (loaded before there was a worker to keep them). In the background: open tabs must not wait.
      const kept = (await Promise.all(stale.map(async (name) => (await (await caches.open(name)).keys()).map((r) => r.url)))).flat();
      await Promise.all(stale.map((name) => caches.delete(name)));
      await worker.clients.claim();
      const open = (await worker.clients.matchAll({ type: 'window' })).map((client) => client.url.split('#')[0]!);
      const { urls, languages } = carryOver([...kept, ...open], worker.location.origin, BUILD.locales);
      void (async () => {
        const search = await Promise.all(languages.map(async (lang) => searchFilesFor(await searchFilesOf(lang), urls.filter((url) => langOf(new URL(url).pathname, BUILD.locales) === lang))));
        // One file gone from the new build (a page removed) must not stop the rest.
        await keepAll([...new Set([...urls, ...search.flat()])]);
      })().catch(() => {});
    })(),
  );
});

worker.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  const strategy = strategyFor(url, worker.location.origin, event.request.method);
  if (strategy === 'pass') return;
  event.respondWith(strategy === 'cache-first' ? cacheFirst(event) : networkFirst(event, url));
});

worker.addEventListener('message', (event) => {
  const message = event.data as Partial<SavePagesRequest> | null;
  const port = event.ports[0];
  if (message?.type !== 'save-pages' || !Array.isArray(message.urls) || !port) return;
  const reply = (value: SavePagesReply) => port.postMessage(value);
  const pages = message.urls;
  const save = async () => {
    // With the note, what search needs in its language: the whole index (so any word can be searched) and the
    // fragments of these pages (so their passages can be shown as results).
    const lang = langOf(new URL(pages[0] ?? '/', worker.location.origin).pathname, BUILD.locales);
    const search = lang ? searchFilesFor(await searchFilesOf(lang), pages) : [];
    await savePages([...pages, ...search], (saved, total) => reply({ saved, total }));
  };
  event.waitUntil(save().catch((error: Error) => reply({ failed: error.message })));
});

/** This build's list of one language's search files (written at build end, see search-files.ts). */
async function searchFilesOf(lang: string): Promise<SearchFiles> {
  const response = await fetch(searchFilesPath(lang), { cache: 'no-cache' });
  if (!response.ok) throw new Error(`${searchFilesPath(lang)}: HTTP ${response.status}`);
  return (await response.json()) as SearchFiles;
}

/** Keeps a response for later: only complete, same-origin answers that are not redirects. */
async function keep(request: Request | string, response: Response): Promise<void> {
  if (!response.ok || response.type !== 'basic' || response.redirected) return;
  await (await caches.open(CACHE)).put(request, response);
}

async function cacheFirst(event: FetchEvent): Promise<Response> {
  const cached = await caches.match(event.request, MATCH);
  if (cached) return cached;
  const response = await fetch(event.request);
  event.waitUntil(keep(event.request, response.clone()));
  return response;
}

async function networkFirst(event: FetchEvent, url: URL): Promise<Response> {
  // Kept without the query: with Pagefind's, every offline search would be a miss.
  const key = keptAddress(url);
  try {
    const response = await fetch(event.request);
    event.waitUntil(keep(key, response.clone()));
    return response;
  } catch (error) {
    const cached = await caches.match(key, MATCH);
    if (cached) return cached;
    if (event.request.mode === 'navigate') {
      // `/en/reference/rm` names the folder `/en/reference/rm/`: the server would redirect, so offline this does.
      if (!isPage(url) && !/\.\w+$/.test(url.pathname)) return Response.redirect(`${url.origin}${url.pathname}/${url.search}`, 301);
      const offline = await caches.match(offlinePageFor(url.pathname, BUILD.locales, BUILD.defaultLocale), MATCH);
      if (offline) return offline;
    }
    throw error;
  }
}

/** Fetches and keeps `urls` a few at a time, leaving out any that fail. */
async function keepAll(urls: string[]): Promise<void> {
  const queue = [...urls];
  const next = async (): Promise<void> => {
    const url = queue.shift();
    if (!url) return;
    try {
      await keep(url, await fetch(url, { cache: 'no-cache' }));
    } catch {
      // Offline again, or gone: the rest still go.
    }
    return next();
  };
  await Promise.all(Array.from({ length: 4 }, next));
}

/** Fetches and keeps `urls` one after another, reporting each; the first failure stops it. */
async function savePages(urls: string[], progress?: (saved: number, total: number) => void): Promise<void> {
  let saved = 0;
  for (const url of urls) {
    const response = await fetch(url, { cache: 'no-cache' });
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
    await keep(url, response);
    progress?.(++saved, urls.length);
  }
}
