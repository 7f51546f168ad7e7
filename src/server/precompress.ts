/**
 * Precompressed copies of every text file of the built site, so the server sends them without
 * compressing on each request (nginx gzip_static and brotli_static). Pagefind's index and fragment
 * files are left alone: Pagefind already stores them gzip-compressed.
 */
import { statSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { gzipAsync as zopfliGzip } from '@gfx/zopfli';
import { filesUnder } from '../fs/files.ts';
import { workerJobs } from '../workers/jobs.ts';
import { fitsFirstRoundTrip } from './first-round-trip.ts';
import { LOCALES } from '../i18n/locales.ts';
import { lexiconUrl } from '../search/settings.ts';

export const COMPRESSED_EXTENSIONS = ['.html', '.css', '.js', '.mjs', '.svg', '.json', '.xml', '.txt', '.webmanifest'];

// Quality 8: on this site's files, 10 makes them 7 % smaller (11 about 9 %) but takes ten times as long, which
// was the largest single share of a build; at 8 they are still 10 % smaller than gzip's best.
const BROTLI_QUALITY = 8;
// Zopfli's rounds of optimisation: beyond five, the longest page's copy shrinks by a few bytes while the time doubles.
const ZOPFLI_ROUNDS = 5;
// The size of Zopfli's copy of a page against gzip's best: 0.95 to 0.96 on the longest pages of this site; a point
// lower, so that no page it might bring into the first round trip is left untried.
export const ZOPFLI_SHARE = 0.94;

/**
 * A search lexicon (`/search-index/ko.json`, settings.ts lexiconUrl): every reader's first search downloads one, and
 * Zopfli's copy of the Korean one is a tenth smaller than gzip's (385 B) in a tenth of a second.
 */
const isLexicon = (file: string) => LOCALES.some((lang) => file.endsWith(lexiconUrl(lang)));

/** Every file under `site` that gets compressed copies. */
export const compressibleFiles = (site: string) => filesUnder(site).filter((file) => COMPRESSED_EXTENSIONS.some((ext) => file.endsWith(ext)));

export interface CompressedCopies {
  file: string;
  gz: Uint8Array;
  br: Uint8Array;
}

/**
 * The gzip and brotli copies of the content of `file`. A page whose gzip copy would not reach the reader in the first
 * round trip (first-round-trip.ts; gzip is what a browser gets over plain HTTP), but would with the few per cent
 * Zopfli saves, gets Zopfli's copy instead: the same format, in a fifth of a second; so does a search lexicon.
 * Elsewhere Zopfli would cost the build that time for little a reader would notice.
 */
export async function compressedCopies(body: Buffer, file: string): Promise<{ gz: Uint8Array; br: Uint8Array }> {
  let gz: Uint8Array = gzipSync(body, { level: 9 });
  const page = file.endsWith('.html');
  if ((page && !fitsFirstRoundTrip(gz.length) && fitsFirstRoundTrip(gz.length * ZOPFLI_SHARE)) || isLexicon(file)) {
    const smaller = await zopfliGzip(body, { numiterations: ZOPFLI_ROUNDS });
    if (smaller.length < gz.length) gz = smaller;
  }
  return {
    gz,
    br: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }),
  };
}

/** `targets` cut into `count` shares of about the same size, the largest files dealt first. */
function shares(targets: string[], count: number): string[][] {
  const load = Array.from({ length: count }, () => ({ size: 0, files: [] as string[] }));
  const sized = targets.map((file) => ({ file, size: statSync(file).size }));
  for (const { file, size } of sized.sort((a, b) => b.size - a.size)) {
    const lightest = load.reduce((a, b) => (b.size < a.size ? b : a));
    lightest.files.push(file);
    lightest.size += size;
  }
  return load.map((share) => share.files).filter((share) => share.length);
}

export interface Compressor {
  /**
   * The copies of `targets`, kept in memory so they can be written once the other steps have finished writing
   * and hashing the site. Each worker is given its whole share at once: they go on while this thread is busy
   * with other steps. Calls may overlap; each worker takes its shares in the order asked.
   */
  compress(targets: string[]): Promise<CompressedCopies[]>;
  /** Ends the workers once nothing more is to be compressed. */
  close(): Promise<void>;
}

/**
 * Worker threads, one per core, started once for every file of a build: a worker takes a quarter of a second to
 * start (it reads its TypeScript), which three rounds of new workers paid six times over.
 */
export function startCompressor(): Compressor {
  const workers = Array.from({ length: availableParallelism() }, () =>
    workerJobs<string[], CompressedCopies[]>(new URL('./compress-worker.ts', import.meta.url)),
  );
  return {
    async compress(targets) {
      const copies = await Promise.all(shares(targets, workers.length).map((share, i) => workers[i]!.ask(share)));
      return copies.flat();
    },
    async close() {
      await Promise.all(workers.map((worker) => worker.close()));
    },
  };
}

/** Writes `<file>.gz` and `<file>.br` beside each file. */
export async function writeCompressed(copies: CompressedCopies[]): Promise<void> {
  // Written even when not smaller, so every file has both and the server never mixes fresh and stale copies.
  await Promise.all(copies.flatMap(({ file, gz, br }) => [writeFile(`${file}.gz`, gz), writeFile(`${file}.br`, br)]));
}
