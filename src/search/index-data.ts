/** Passages as the build cuts them from the pages: what each Pagefind record is made of (records.ts). */
import type { Locale } from '../i18n/locales.ts';

/** What a Pagefind fragment's JSON follows, once unzipped (fragments.ts at build time, twin-passages.ts in the browser). */
export const FRAGMENT_SIGNATURE = 'pagefind_dcd';

/** Between two reader phrases in `Passage.phrases`. */
export const PHRASE_SEPARATOR = ' · ';

/**
 * Between a record's visible text and the words only the index sees (records.ts). An invisible separator, for which
 * Pagefind indexes no word: the build cuts the fragments Pagefind writes there (fragments.ts), so that results
 * download only the visible text.
 */
export const INDEX_ONLY_MARK = '\u2063';

/** A record's content without the words only the index sees: what results show of it (nothing, for a heading with no text of its own). */
export const visibleContent = (content: string) => content.split(INDEX_ONLY_MARK)[0]!.trimEnd();

/**
 * A word only a reference entry's own record holds (`rm-entry` for `docker rm`), never shown: a query that names a
 * command asks Pagefind for it to bring that entry among the candidates. By the command's name alone, Pagefind
 * ranks the entry below its flags' rows (short records that repeat the name), often below the first dozen. It
 * starts with the command's name so that it sorts beside it in Pagefind's index, in the chunk the name's own
 * search loads: a key of its own (`entry-rm`) cost a first search one more chunk, 25-30 KB.
 */
export const entryKey = (id: string) => `${id}-entry`;

/** Reference entries of Dockerfile instructions are `dockerfile-<instruction>` (`dockerfile-from` for `FROM`). */
export const INSTRUCTION_ENTRY_PREFIX = 'dockerfile-';

/**
 * The key word of an instruction's entry (`from-instruction` for `FROM`), by the same rule: it sorts beside the
 * instruction's name, which a query typing it in capitals has searched already.
 */
export const instructionKey = (instruction: string) => `${instruction.toLowerCase()}-instruction`;

/** The key word of a reference entry by its id: an instruction's, or a command's. */
export const keyOfEntry = (id: string) => (id.startsWith(INSTRUCTION_ENTRY_PREFIX) ? instructionKey(id.slice(INSTRUCTION_ENTRY_PREFIX.length)) : entryKey(id));

/** The command id of a reference entry's own passage (`/en/reference/rm/` -> `rm`); undefined for a flag row or a note. */
export const entryIdOf = (passage: Pick<Passage, 'url' | 'kind'>) => (passage.kind === 'reference' ? /\/reference\/([^/#]+)\/$/.exec(passage.url)?.[1] : undefined);

export interface Passage {
  /** Where the passage is: a page, a section (`#id`) or a reference flag row. */
  url: string;
  /** Its heading as shown: a section's heading, a command's name, or `docker run -p, --publish`. */
  title: string;
  /** The headings above it, page first: `Meet Docker, Fast › Chapter 3. Trying Out Docker` (in the browser, only a note's page title: records.ts). */
  context: string;
  /** The text a reader sees in the passage, with the page's chrome left out. */
  text: string;
  /** Phrases readers use for a reference command or flag (content/commands `phrases:`), joined by PHRASE_SEPARATOR; searched, never shown. */
  phrases?: string;
  /** A command entry's other names (`docker container rm · docker container remove`), joined by PHRASE_SEPARATOR: fitted to a query as its title is, never shown. */
  aliases?: string;
  kind: 'notes' | 'reference';
  /** The note's title, or the reference's name: what the scope menu filters on. */
  scope: string;
  /**
   * How much the notes use this flag, when it is a flag row: the Pagefind weight of its name (settings.ts
   * searchWeight, which grows with the notes' use count), so `searchWeight(0)` is a flag the notes never use.
   */
  uses?: number;
  /** How many sections of the notes use this reference entry. */
  cited?: number;
  /** The reference entries (ids, space-separated) whose commands this passage's code runs: `stop ps`. */
  runs?: string;
  /** A legacy command or flag (marked so on its reference page). */
  legacy?: boolean;
}

export interface SearchIndexData {
  lang: Locale;
  passages: Passage[];
  /** Glossary pairs, [this site's language, the other language]: a word in either finds both. */
  glossary: [string, string][];
}
