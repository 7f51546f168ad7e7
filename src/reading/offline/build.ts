/**
 * Writes /sw.js once the site is built (after the search index, so the version covers it): the worker
 * source bundled with esbuild, and a manifest read from the built files. The version is a hash of every
 * built file, so any change to the site gives the worker a new cache and retires the old one.
 */
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { filesUnder } from '../../fs/files.ts';
import type { Locale } from '../../i18n/index.ts';
import { bookmarksPath } from '../../i18n/paths.ts';
import type { WrittenFragment } from '../../search/fragments.ts';
import { offlinePath, searchFilesPath, type BuildManifest } from './policy.ts';
import { searchFiles } from './search-files.ts';

export const WORKER_FILE = 'sw.js';

/** The files of the built site, relative to it with `/`, in a fixed order (the version hashes them in it). */
const siteFiles = (root: string) => filesUnder(root).map((file) => relative(root, file).split(sep).join('/')).sort();

/** The manifest of a built site in `root`; a missing offline or bookmarks page fails the build, naming it. */
export function buildManifest(root: string, locales: readonly string[], defaultLocale: string): BuildManifest {
  const files = siteFiles(root).filter((file) => file !== WORKER_FILE);
  const hash = createHash('sha256');
  for (const file of files) hash.update(file).update(readFileSync(join(root, file)));
  // The offline page, and the bookmarks page: the header links to it from every page, saved for reading or not.
  const pages = [
    ...locales.map((lang) => ({ path: offlinePath(lang), source: 'src/pages/[lang]/offline/index.astro' })),
    ...locales.map((lang) => ({ path: bookmarksPath(lang as Locale), source: 'src/pages/[lang]/bookmarks/index.astro' })),
  ];
  for (const { path, source } of pages) {
    if (!existsSync(join(root, path, 'index.html'))) throw new Error(`service worker: the page ${path} was not built (${source})`);
  }
  const assets = files.filter((file) => file.startsWith('_astro/') && /\.(css|js|woff2?)$/.test(file)).map((file) => `/${file}`);
  return { version: hash.digest('hex').slice(0, 16), precache: [...pages.map(({ path }) => path), ...assets], locales: [...locales], defaultLocale };
}

/** /offline-search/<lang>.json for each language: what the worker keeps so search works offline (search-files.ts). */
export function writeSearchFiles(root: string, locales: readonly Locale[], fragments: readonly WrittenFragment[]): void {
  for (const lang of locales) {
    const file = join(root, searchFilesPath(lang));
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(file, JSON.stringify(searchFiles(root, lang, fragments)));
  }
}

/**
 * Writes the search lists and /sw.js into `root`, once every other file of the site is there; returns a line for the
 * log. `fragments`: the search index's fragments, as the build wrote them (search/write-index.ts).
 */
export async function writeServiceWorker(root: string, options: { locales: readonly Locale[]; defaultLocale: string }, fragments: readonly WrittenFragment[]): Promise<string> {
  // Before the manifest, so that the version covers these lists too.
  writeSearchFiles(root, options.locales, fragments);
  const manifest = buildManifest(root, options.locales, options.defaultLocale);
  const result = await build({
    entryPoints: [join(import.meta.dirname, 'service-worker.ts')],
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2022',
    write: false,
    define: { BUILD: JSON.stringify(manifest) },
  });
  const code = result.outputFiles[0]!.text;
  writeFileSync(join(root, WORKER_FILE), code);
  return `${WORKER_FILE}: version ${manifest.version}, ${manifest.precache.length} files cached on install, ${code.length} bytes`;
}
