/**
 * Precompressed copies of every text file of the built site, so the server sends them without
 * compressing on each request (nginx gzip_static and brotli_static). Pagefind's index and fragment
 * files are left alone: Pagefind already stores them gzip-compressed.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export const COMPRESSED_EXTENSIONS = ['.html', '.css', '.js', '.mjs', '.svg', '.json', '.xml', '.txt', '.webmanifest'];

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? files(path) : [path];
  });
}

/** Writes `<file>.gz` and `<file>.br` beside each compressible file under `site`; returns how many files. */
export function precompress(site: string): number {
  let count = 0;
  for (const file of files(site)) {
    if (!COMPRESSED_EXTENSIONS.some((ext) => file.endsWith(ext))) continue;
    const body = readFileSync(file);
    const gzip = gzipSync(body, { level: 9 });
    const brotli = brotliCompressSync(body, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
    });
    // Written even when not smaller, so every file has both: the server then never mixes fresh and stale copies.
    writeFileSync(`${file}.gz`, gzip);
    writeFileSync(`${file}.br`, brotli);
    count++;
  }
  return count;
}
