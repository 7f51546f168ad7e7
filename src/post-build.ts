/**
 * What the build does once Astro has written the pages, and how long each part of the build took.
 *
 * The steps after the pages, in one place so that those that do not wait for each other run side by side:
 *
 *   each language's 404 page in place
 *     ├─ assets compressed in worker threads, kept in memory until the end
 *     └─ each page parsed once for its CSP sources and its search passages, then rewritten as served
 *        (src/server/served-page.ts: without the index's attributes, its CSP <meta> narrowed): pages final
 *          ├─ pages compressed in worker threads
 *          ├─ CSP header (src/server/)
 *          └─ search index (src/search/); its lexicons compressed in worker threads while Pagefind indexes
 *               └─ service worker: its version is a hash of every file written so far (src/reading/offline/)
 *   the files those steps wrote compressed (search index, worker), then every copy written
 *
 * A step that changes the pages belongs in the one pass that reads them, so that every later step sees them final.
 *
 * The time of each phase goes to the build's log and to .astro/build-phases.json, which `npm run bench` prints.
 */
import type { AstroIntegration } from 'astro';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Locale } from './i18n/index.ts';
import type { ReferenceEntry } from './reference/command-index.ts';
import { readBuiltPages } from './html/built-pages.ts';
import { pagePassages } from './search/passages.ts';
import { startSearchIndex, writeSearchIndex } from './search/write-index.ts';
import { pageCsp } from './server/csp-header.ts';
import { writeCspHeader } from './server/csp-header-file.ts';
import { placeNotFoundPages } from './server/not-found-pages.ts';
import { servedPage } from './server/served-page.ts';
import { compressibleFiles, startCompressor, writeCompressed, type CompressedCopies } from './server/precompress.ts';
import { writeServiceWorker } from './reading/offline/build.ts';

/** Where the phases of the last build are written, relative to the project's root. */
export const BUILD_PHASES_FILE = '.astro/build-phases.json';

export interface BuildPhase {
  name: string;
  seconds: number;
  /** A step after the pages: its own time, which may overlap the others'. */
  parallel?: boolean;
}

const seconds = (from: number, to: number) => Math.round((to - from) / 10) / 100;

/** `entries`: the command reference as astro.config.mjs has already read it, for the search index's reader phrases. */
export function postBuild(options: { locales: readonly Locale[]; defaultLocale: string; entries: ReferenceEntry[] }): AstroIntegration {
  // performance.now() counts from the start of this process: Astro's start-up is the first phase.
  const at: Record<string, number> = {};
  let root = process.cwd();
  return {
    name: 'docker-notes:post-build',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        at.configured = performance.now();
        // The MDX compilation and the notes' code highlighting happen while Vite bundles; the last bundle closing marks its end.
        updateConfig({ vite: { plugins: [{ name: 'docker-notes:bundle-timing', closeBundle: () => void (at.bundled = performance.now()) }] } });
      },
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:start': () => void (at.synced = performance.now()),
      'astro:build:generated': () => void (at.rendered = performance.now()),
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const site = fileURLToPath(dir);
        const steps: BuildPhase[] = [];
        const timed = async <T>(name: string, step: () => T | Promise<T>): Promise<T> => {
          const from = performance.now();
          const result = await step();
          steps.push({ name, seconds: seconds(from, performance.now()), parallel: true });
          return result;
        };

        placeNotFoundPages(site);
        const written = compressibleFiles(site);
        const isPage = (file: string) => file.endsWith('.html');
        // One set of workers for every file; ended however the steps end, so a failed step fails the build
        // instead of leaving the workers holding the process open.
        const compressor = startCompressor();
        let copies: CompressedCopies[];
        let pageCount = 0;
        // Pagefind's program starts while the pages are read. A failure to start is thrown where it is awaited.
        const searchIndex = startSearchIndex();
        searchIndex.catch(() => undefined);
        try {
          const assetsCompressed = timed('assets compressed (gzip, brotli)', () => compressor.compress(written.filter((file) => !isPage(file))));
          const pages = await timed('pages read, parsed, cut into passages, rewritten as served', () =>
            readBuiltPages(site, (root, { url, file }, html) => {
              const csp = pageCsp(root);
              writeFileSync(file, servedPage(html, file, csp));
              return { csp, passages: pagePassages(root, url) };
            }),
          );
          pageCount = pages.length;
          // The pages are final from here on.
          const pagesCompressed = timed('pages compressed (gzip, brotli)', () => compressor.compress(written.filter(isPage)));
          logger.info(await timed('CSP header', () => writeCspHeader(site, pages)));
          // Each language's lexicon is compressed while Pagefind indexes: a first search downloads it, so it gets Zopfli's copy, which takes a while.
          const lexicons: Promise<CompressedCopies[]>[] = [];
          const compressedEarly = new Set<string>();
          const lexiconsWritten = (files: string[]) => {
            for (const file of files) compressedEarly.add(file);
            lexicons.push(compressor.compress(files));
          };
          const search = await timed('search index (Pagefind)', () => writeSearchIndex(site, pages, options.entries, searchIndex, lexiconsWritten));
          for (const line of search.summary) logger.info(line);
          logger.info(await timed('service worker', () => writeServiceWorker(site, options, search.fragments)));
          const before = new Set([...written, ...compressedEarly]);
          const added = compressibleFiles(site).filter((file) => !before.has(file));
          const addedCopies = await timed('search and worker files compressed', () => compressor.compress(added));
          copies = [...(await assetsCompressed), ...(await pagesCompressed), ...(await Promise.all(lexicons)).flat(), ...addedCopies];
        } finally {
          await compressor.close();
        }
        await writeCompressed(copies);
        logger.info(`${copies.length} files precompressed (gzip, brotli)`);

        const ended = performance.now();
        const phases: BuildPhase[] = [
          { name: 'start-up and config', seconds: seconds(0, at.configured!) },
          { name: 'content sync', seconds: seconds(at.configured!, at.synced!) },
          { name: 'bundle (MDX, code highlighting)', seconds: seconds(at.synced!, at.bundled!) },
          { name: `pages rendered (${pageCount}) and share images`, seconds: seconds(at.bundled!, at.rendered!) },
          { name: 'sitemap', seconds: seconds(at.rendered!, started) },
          { name: 'after the pages', seconds: seconds(started, ended) },
          ...steps.map((step) => ({ ...step, name: `  ${step.name}` })),
        ];
        for (const phase of phases) logger.info(`${phase.name.padEnd(44)} ${phase.seconds.toFixed(2)} s${phase.parallel ? ' (side by side)' : ''}`);
        mkdirSync(join(root, '.astro'), { recursive: true });
        writeFileSync(join(root, BUILD_PHASES_FILE), JSON.stringify({ phases, seconds: seconds(0, ended) }, null, 2));
      },
    },
  };
}
