/**
 * Pagefind's fragment files: one per passage, the record a result is drawn from, gzip-compressed JSON after a
 * signature. Read by the build (the offline search lists, reading/offline/search-files.ts) and rewritten by it
 * once Pagefind has written them (write-index.ts).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { visibleContent } from './index-data.ts';

/** What a fragment's JSON follows, once unzipped. */
const FRAGMENT_SIGNATURE = 'pagefind_dcd';

export interface Fragment {
  url: string;
  content: string;
  [field: string]: unknown;
}

/** The record in a fragment file's bytes; `file` names it in the error when it is not one. */
export function parseFragment(bytes: Uint8Array, file: string): Fragment {
  const text = gunzipSync(bytes).toString('utf8');
  if (!text.startsWith(FRAGMENT_SIGNATURE)) throw new Error(`${file} is not a Pagefind fragment`);
  return JSON.parse(text.slice(FRAGMENT_SIGNATURE.length)) as Fragment;
}

/**
 * As Pagefind compresses them (level 9), with a window and memory to the size of a fragment (a few hundred bytes
 * to a few kilobytes): the same bytes within a handful over all of them, in half the time. Thousands of small
 * files are rewritten one after the other, each in a fraction of a millisecond: spread over the thread pool
 * instead, the build waited five times as long.
 */
const FRAGMENT_GZIP = { level: 9, windowBits: 12, memLevel: 6 };

/**
 * Rewrites each fragment file in `files` with only its record's visible content (index-data.ts visibleContent),
 * compressed again. Pagefind keeps a record's content whole in its fragment, but the words only the index sees
 * (records.ts) are in its index already, and results show only the visible text: cut away, each result downloads
 * less, about 30 bytes a fragment in Korean and 60 in English, a tenth of its size.
 */
export function cutIndexOnlyWords(files: string[]): void {
  for (const file of files) {
    const fragment = parseFragment(readFileSync(file), file);
    const visible = { ...fragment, content: visibleContent(fragment.content) };
    writeFileSync(file, gzipSync(`${FRAGMENT_SIGNATURE}${JSON.stringify(visible)}`, FRAGMENT_GZIP));
  }
}
