/** Passages as the build cuts them from the pages: what each Pagefind record is made of (records.ts). */

/** Between two reader phrases in `Passage.phrases`. */
export const PHRASE_SEPARATOR = ' · ';

export interface Passage {
  /** Where the passage is: a page, a section (`#id`) or a reference flag row. */
  url: string;
  /** Its heading as shown: a section's heading, a command's name, or `docker run -p, --publish`. */
  title: string;
  /** The headings above it, page first: `Meet Docker, Fast › Chapter 3. Trying Out Docker`. */
  context: string;
  /** The text a reader sees in the passage, with the page's chrome left out. */
  text: string;
  /** Phrases readers use for a reference command or flag (content/commands `phrases:`), joined by PHRASE_SEPARATOR; searched, never shown. */
  phrases?: string;
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
  lang: string;
  passages: Passage[];
  /** Glossary pairs, [this site's language, the other language]: a word in either finds both. */
  glossary: [string, string][];
}
