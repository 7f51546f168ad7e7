/**
 * Pagefind's fragment files: one per passage, the record a result is drawn from, gzip-compressed JSON after a
 * signature. Read by the build (the offline search lists, reading/offline/search-files.ts) and rewritten by it
 * once Pagefind has written them (write-index.ts).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { gunzip, gunzipSync, gzip } from 'node:zlib';
import { visibleContent } from './index-data.ts';

/** What a fragment's JSON follows, once unzipped. */
const FRAGMENT_SIGNATURE = 'pagefind_dcd';

export interface Fragment {
  url: string;
  content: string;
  [field: string]: unknown;
}

/** The record in a fragment's unzipped text; `file` names it in the error when it is not one. */
function fragmentOf(text: string, file: string): Fragment {
  if (!text.startsWith(FRAGMENT_SIGNATURE)) throw new Error(`${file} is not a Pagefind fragment`);
  return JSON.parse(text.slice(FRAGMENT_SIGNATURE.length)) as Fragment;
}

/** The record in a fragment file's bytes; `file` names it in the error when it is not one. */
export const parseFragment = (bytes: Uint8Array, file: string) => fragmentOf(gunzipSync(bytes).toString('utf8'), file);

const unzip = promisify(gunzip);
const zip = promisify(gzip);

/**
 * Rewrites each fragment file in `files` with only its record's visible content (index-data.ts visibleContent),
 * compressed as Pagefind does (gzip, level 9). Pagefind keeps a record's content whole in its fragment, but the
 * words only the index sees (records.ts) are in its index already, and results show only the visible text: cut
 * away, each result downloads less, about 30 bytes a fragment in Korean and 60 in English, a tenth of its size.
 */
export async function cutIndexOnlyWords(files: string[]): Promise<void> {
  await Promise.all(
    files.map(async (file) => {
      const fragment = fragmentOf((await unzip(await readFile(file))).toString('utf8'), file);
      const visible = { ...fragment, content: visibleContent(fragment.content) };
      await writeFile(file, await zip(`${FRAGMENT_SIGNATURE}${JSON.stringify(visible)}`, { level: 9 }));
    }),
  );
}
