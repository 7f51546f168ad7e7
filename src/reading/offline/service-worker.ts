/**
 * The site's service worker (built to /sw.js at build end, see build.ts). It keeps a copy of every page a
 * reader opens and of the files those pages and searches load, so they work again with no network.
 * Nothing is fetched that the reader did not ask for, except the small set cached on install.
 */
import { cacheName, isPage, offlinePageFor, staleCaches, strategyFor, type BuildManifest, type SavePagesReply, type SavePagesRequest } from './policy.ts';

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
      // Pages saved by the previous build's worker are fetched again for this build, and so are the pages open
      // now (loaded before there was a worker to keep them). In the background: open tabs must not wait.
      const pages = (await Promise.all(stale.map(async (name) => (await (await caches.open(name)).keys()).map((r) => r.url)))).flat();
      await Promise.all(stale.map((name) => caches.delete(name)));
      await worker.clients.claim();
      const open = (await worker.clients.matchAll({ type: 'window' })).map((client) => client.url.split('#')[0]!);
      void savePages([...new Set([...pages, ...open])].filter((url) => isPage(new URL(url)))).catch(() => {});
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
  event.waitUntil(savePages(message.urls, (saved, total) => reply({ saved, total })).catch((error: Error) => reply({ failed: error.message })));
});

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
  // Kept without the query: the site's pages take none, and Pagefind adds a fresh one to each fetch of its
  // entry file to get around HTTP caches, which would otherwise make every offline search a miss.
  const key = url.origin + url.pathname;
  try {
    const response = await fetch(event.request);
    event.waitUntil(keep(key, response.clone()));
    return response;
  } catch (error) {
    const cached = await caches.match(key, MATCH);
    if (cached) return cached;
    if (event.request.mode === 'navigate' && isPage(url)) {
      const offline = await caches.match(offlinePageFor(url.pathname, BUILD.locales, BUILD.defaultLocale), MATCH);
      if (offline) return offline;
    }
    throw error;
  }
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
