/**
 * What search needs to work offline in one language, read from the built site once Pagefind has written its
 * index: its program, entry file, metadata, WebAssembly, every index and filter chunk of that language, the
 * lexicon and typo words, the bookmarks' title map; and, per page, the fragments (one per passage) its search
 * results are drawn from, as the build wrote them (search/write-index.ts), so none is read back. Written to
 * /offline-search/<lang>.json; the service worker reads it when a note is saved for offline and when a new
 * build takes over kept files.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fragmentUrl, lexiconUrl, PAGEFIND_PATH, typoWordsUrl } from '../../search/settings.ts';
import { fragmentsOf, type WrittenFragment } from '../../search/fragments.ts';
import { readingTitlesPath } from '../../i18n/paths.ts';
import type { Locale } from '../../i18n/index.ts';
import type { SearchFiles } from './policy.ts';

export function searchFiles(root: string, lang: Locale, fragments: readonly WrittenFragment[]): SearchFiles {
  const dir = join(root, PAGEFIND_PATH);
  const entryFile = join(dir, 'pagefind-entry.json');
  if (!existsSync(entryFile)) throw new Error(`offline search: ${entryFile} is missing (the search index must be built before the service worker)`);
  const entry = JSON.parse(readFileSync(entryFile, 'utf8')) as { languages: Record<string, { hash: string; wasm: string | null }> };
  const index = entry.languages[lang];
  if (!index) throw new Error(`offline search: ${entryFile} has no "${lang}" index`);
  const chunks = (folder: string, ext: string) =>
    readdirSync(join(dir, folder))
      .filter((file) => file.startsWith(`${lang}_`) && file.endsWith(ext))
      .sort()
      .map((file) => `${PAGEFIND_PATH}${folder}/${file}`);
  const files = [
    `${PAGEFIND_PATH}pagefind.js`,
    `${PAGEFIND_PATH}pagefind-entry.json`,
    `${PAGEFIND_PATH}pagefind.${index.hash}.pf_meta`,
    `${PAGEFIND_PATH}wasm.${index.wasm ?? 'unknown'}.pagefind`,
    ...chunks('index', '.pf_index'),
    ...chunks('filter', '.pf_filter'),
    lexiconUrl(lang),
    typoWordsUrl(lang),
    readingTitlesPath(lang),
  ];
  for (const file of files) {
    if (!existsSync(join(root, file))) throw new Error(`offline search: ${file} is not in the built site`);
  }
  const pages: Record<string, string[]> = {};
  for (const { id, url } of fragmentsOf(fragments, lang).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    (pages[url.split('#')[0]!] ??= []).push(fragmentUrl(id));
  }
  return { files, pages };
}
