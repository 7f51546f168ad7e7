/**
 * Builds the search index once the pages exist: one Pagefind record per passage (a section or a
 * reference entry), one index per language, plus each language's lexicon for the query side.
 * The browser loads both only when the reader opens search.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as pagefind from 'pagefind';
import type { PagefindIndex } from 'pagefind';
import type { ReferenceEntry } from '../reference/command-index.ts';
import { buildSearchIndexes, glossaryTerms } from './build-index.ts';
import { fragmentIds, writeVisibleFragment, type WrittenFragment } from './fragments.ts';
import { WRITTEN_IN_HANGUL } from '../i18n/locales.ts';
import type { Passage } from './index-data.ts';
import { buildLexicon, buildTypoWords, commandWords, lexiconFile } from './lexicon.ts';
import { pagefindRecord } from './records.ts';
import { FRAGMENT_EXTENSION, fragmentIdsUrl, LEXICON_PATH, lexiconUrl, PAGEFIND_PATH, typoWordsUrl } from './settings.ts';

/**
 * What Pagefind makes beside its index that this site never loads: its ready-made search interfaces, their
 * styles and highlighter (search-box.ts is the interface), and its worker (the search runs without one). Left
 * out of the site, they are neither written, compressed at every build nor deployed.
 */
const PAGEFIND_UNUSED_FILES = [
  'pagefind-ui.js', 'pagefind-ui.css', 'pagefind-modular-ui.js', 'pagefind-modular-ui.css',
  'pagefind-component-ui.js', 'pagefind-component-ui.css', 'pagefind-highlight.js', 'pagefind-worker.js',
];

/** Kept inside words so flags stay searchable as written: `--rm`, `-v`, `--volumes-from`. */
export const INDEXED_PUNCTUATION = '-';

/** An empty Pagefind index. Its program takes a moment to start: a build starts it before the pages are read. */
export async function startSearchIndex(): Promise<PagefindIndex> {
  const { index, errors } = await pagefind.createIndex({ includeCharacters: INDEXED_PUNCTUATION });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  return index;
}

/**
 * Writes Pagefind's index and each language's lexicon and typo words into `site`, from each page's passages
 * (passages.ts); returns one line per language for the log, and the fragments written (for the offline search lists).
 * `lexiconsWritten` hears of the lexicons and typo words as soon as they are written, while Pagefind still indexes.
 */
export async function writeSearchIndex(
  site: string,
  pages: { url: string; passages: Passage[] }[],
  entries: ReferenceEntry[],
  started: Promise<PagefindIndex> = startSearchIndex(),
  lexiconsWritten: (files: string[]) => void = () => undefined,
): Promise<{ summary: string[]; fragments: WrittenFragment[] }> {
  const languages = buildSearchIndexes(pages, entries, glossaryTerms('./content/glossary.yaml'));
  const commands = commandWords(entries);
  const index = await started;
  mkdirSync(join(site, LEXICON_PATH), { recursive: true });
  const summary: string[] = [];
  const sent: Promise<void>[] = [];
  for (const { lang, passages, glossary } of languages) {
    const lexicon = buildLexicon(lang, passages, glossary, commands);
    const files = [join(site, lexiconUrl(lang)), join(site, typoWordsUrl(lang))];
    writeFileSync(files[0]!, JSON.stringify(lexiconFile(lexicon)));
    writeFileSync(files[1]!, JSON.stringify(buildTypoWords(passages)));
    lexiconsWritten(files);
    // Sent all at once: Pagefind takes them in the order sent (the index comes out byte for byte the
    // same) without a round trip to its process for each record. The next language's lexicon is built while
    // Pagefind indexes these.
    sent.push(
      Promise.all(passages.map((passage) => index.addCustomRecord(pagefindRecord(passage, lang, lexicon)))).then((added) =>
        added.forEach(({ errors }, i) => {
          if (errors.length) throw new Error(`Pagefind could not index ${passages[i]!.url}: ${errors.join('; ')}`);
        }),
      ),
    );
    summary.push(`search index ${lang}: ${passages.length} passages, ${passages.filter((p) => p.phrases).length} with reader phrases`);
  }
  await Promise.all(sent);
  // Pagefind hands its files over in memory and each is written once: its fragments cut to what results show
  // (fragments.ts), the files this site never loads left out. Written by Pagefind and rewritten, every fragment was
  // written twice and read back once.
  const given = await index.getFiles();
  if (given.errors.length) throw new Error(`Pagefind could not give its files: ${given.errors.join('; ')}`);
  await pagefind.close();
  const output = join(site, PAGEFIND_PATH);
  const folders = new Set<string>();
  const fragments: WrittenFragment[] = [];
  for (const { path, content } of given.files) {
    if (PAGEFIND_UNUSED_FILES.includes(path)) continue;
    const file = join(output, path);
    if (!folders.has(dirname(file))) mkdirSync(dirname(file), { recursive: true });
    folders.add(dirname(file));
    if (file.endsWith(FRAGMENT_EXTENSION)) fragments.push(writeVisibleFragment(file, content));
    else writeFileSync(file, content);
  }
  // A query in Latin letters on a site written in Hangul is searched in another language's index, and its
  // passages shown as this language's twins (twin-search.ts): their fragments are found by address.
  for (const { lang } of languages) {
    if (WRITTEN_IN_HANGUL[lang]) writeFileSync(join(site, fragmentIdsUrl(lang)), JSON.stringify(fragmentIds(fragments, lang)));
  }
  return { summary, fragments };
}
