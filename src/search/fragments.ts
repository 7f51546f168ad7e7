/**
 * Pagefind's fragment files: one per passage, the record a result is drawn from, gzip-compressed JSON after a
 * signature. Written by the build from what Pagefind hands it (write-index.ts), and read by it for the offline
 * search lists (reading/offline/search-files.ts).
 */
import { writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { FRAGMENT_SIGNATURE, visibleContent } from './index-data.ts';
import { FRAGMENT_EXTENSION } from './settings.ts';

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

/** A fragment file the build wrote, its id (the file's name, as Pagefind gives it: `ko_5a1`), and the address of the passage it holds. */
export interface WrittenFragment {
  file: string;
  id: string;
  url: string;
}

/** The fragments of `lang`'s index: Pagefind starts each one's id with its language. */
export const fragmentsOf = (fragments: readonly WrittenFragment[], lang: string) => fragments.filter(({ id }) => id.startsWith(`${lang}_`));

/**
 * Writes a fragment Pagefind made (`bytes`) to `file` with only its record's visible content (index-data.ts
 * visibleContent), compressed again; returns its address. Pagefind keeps a record's content whole in its fragment,
 * but the words only the index sees (records.ts) are in its index already, and results show only the visible text:
 * cut away, each result downloads less, about 30 bytes a fragment in Korean and 60 in English, a tenth of its size.
 */
export function writeVisibleFragment(file: string, bytes: Uint8Array): WrittenFragment {
  const fragment = parseFragment(bytes, file);
  // Pagefind's `word_count` is read neither by its script nor by this site's search: left out (JSON drops a field set to
  // undefined), every result downloads a dozen bytes less.
  const visible = { ...fragment, content: visibleContent(fragment.content), word_count: undefined };
  writeFileSync(file, gzipSync(`${FRAGMENT_SIGNATURE}${JSON.stringify(visible)}`, FRAGMENT_GZIP));
  return { file, id: basename(file, FRAGMENT_EXTENSION), url: fragment.url };
}

/**
 * Each passage of `lang` by its address without the language folder -> its fragment's id: settings.ts fragmentIdsUrl. Fails on a fragment of that language whose address is in no language's folder.
 */
export function fragmentIds(fragments: WrittenFragment[], lang: string): Record<string, string> {
  const ids: Record<string, string> = {};
  // In the order of their addresses, whatever order the fragments come in: the same build, the same file.
  for (const { file, id, url } of fragmentsOf(fragments, lang).sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0))) {
    if (!url.startsWith(`/${lang}/`)) throw new Error(`${file}: a fragment of the ${lang} index at ${url}, outside /${lang}/`);
    ids[url.slice(lang.length + 1)] = id;
  }
  return ids;
}
