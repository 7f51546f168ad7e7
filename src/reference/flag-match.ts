/**
 * How the flag index's filter reads a query, which rows it keeps and how it orders them
 * (src/components/reference/flag-filter.ts): pure, so it runs in the browser and in unit tests alike.
 *
 * A query is read the way a reader would have met its words, often pasted from a command:
 * - `--restart=always`, `restart=always`, `-p 8080:80`: the flag, without the value given to it;
 * - `-P`, `--pub`: a flag as written, so `-p` is not `-P`, and `-p` is not the `-p` inside `--publish`; a long
 *   flag whatever its case (`--RM`), and with the dash a phone's keyboard may put for two hyphens (`—rm`);
 * - `-it`: short flags written together, as the CLI reads them (`-i` and `-t`);
 * - anything else (`volume`, `메모리`): text at the start of a word of the row, whatever its case; Korean anywhere,
 *   also without its spaces (`환경변수` finds `환경 변수`).
 * A row is kept when it answers one of the query's flags, if it names any, and every one of its other words.
 */

import { isHangul } from '../i18n/hangul.ts';

/** A flag's names without their dashes: `--publish` -> `publish`. */
const bare = (name: string) => name.replace(/^-+/, '');

/** One word of a query, as the filter reads it. */
export type FlagQueryWord =
  | { kind: 'text'; text: string }
  | { kind: 'flag'; flag: string }
  | { kind: 'short-flags'; written: string; flags: string[] };

/** What the filter knows of a row: its flag's names (`-p`, `--publish`), and its text as written. */
export interface FlagRow {
  names: readonly string[];
  text: string;
}

const SHORT_FLAGS = /^-[a-zA-Z0-9]{2,}$/;
const FLAG = /^-{1,2}[a-zA-Z0-9]/;

/**
 * A word as typed into a terminal: without the quotes around it, and with the long dash or the en dash a phone or a
 * word processor puts for two hyphens (`—rm`, `–rm`) read as those hyphens.
 */
const asTyped = (word: string) => word.replace(/^["'“”‘’`]+|["'“”‘’`]+$/g, '').replace(/^[—–]/, '--');

/**
 * `--restart=always` -> `--restart`: a flag without the value given to it. Written without its dashes
 * (`restart=always`, as in a Compose file or a note), it is still a flag: `--restart`, or `-p` for `p=80`.
 */
function withoutValue(word: string): string {
  const named = /^(-{0,2})([a-zA-Z][\w-]*)=/.exec(word);
  if (!named) return word;
  const [, dashes, name] = named;
  return dashes ? `${dashes}${name}` : `${name!.length === 1 ? '-' : '--'}${name}`;
}

/** The words of `query`, each read as a flag, short flags written together, or text; a flag's value left out. */
export function parseFlagQuery(query: string): FlagQueryWord[] {
  const words: FlagQueryWord[] = [];
  let afterFlag = false;
  for (const typed of query.trim().split(/\s+/).filter(Boolean).map(asTyped).filter(Boolean)) {
    // The word after a flag is its value (`-e FOO=bar`, `-v /a:/b`, `--name web`), not a word to find.
    if (afterFlag && !FLAG.test(typed)) {
      afterFlag = false;
      continue;
    }
    const word = withoutValue(typed);
    afterFlag = FLAG.test(word) && word === typed;
    if (SHORT_FLAGS.test(word)) words.push({ kind: 'short-flags', written: word, flags: [...word.slice(1)].map((letter) => `-${letter}`) });
    // Long flags are lower case; a one-letter flag keeps its case (`-P` is not `-p`).
    else if (FLAG.test(word)) words.push({ kind: 'flag', flag: word.startsWith('--') ? word.toLowerCase() : word });
    else words.push({ kind: 'text', text: word.toLowerCase() });
  }
  return words;
}

/** The words of a row's text that can be flags: split at spaces and the punctuation around them. */
const flagTokens = (text: string) => text.split(/[\s,;:()"'“”‘’`]+/).filter((token) => token.startsWith('-'));

/**
 * Whether `token` is the flag `flag` as written: itself, a long flag's name that starts with it (`--pub`), or
 * itself followed by a value or a full stop (`-p=80`, `-d.`). `-p` is not `-P`, nor the start of `-pX`.
 */
function tokenIsFlag(token: string, flag: string): boolean {
  if (!token.startsWith(flag)) return false;
  const next = token[flag.length];
  return next === undefined || flag.startsWith('--') || !/[a-zA-Z0-9]/.test(next);
}

/** `-rm` is also how a reader mistypes `--rm`: short flags written together name the long flag of that name too. */
const namesAsLong = (names: readonly string[], word: Extract<FlagQueryWord, { kind: 'short-flags' }>) => names.includes(`-${word.written}`);

/**
 * Whether the row holds `text`: at the start of one of its words (`port` is not inside `reports`; a word's parts count,
 * so `publish` is in `--publish-all`); Korean anywhere, with or without its spaces (`환경변수`, `환경 변수를`).
 */
function holdsText(rowText: string, text: string): boolean {
  const lower = rowText.toLowerCase();
  if (isHangul(text)) return lower.includes(text) || lower.replace(/\s+/g, '').includes(text);
  return lower.split(/[^\p{L}\p{N}-]+/u).some((word) => [word, ...word.split('-')].some((part) => part.startsWith(text)));
}

/** Whether `row` answers `word`. */
function answers(row: FlagRow, word: FlagQueryWord): boolean {
  switch (word.kind) {
    case 'text':
      return holdsText(row.text, word.text);
    case 'flag':
      return row.names.some((name) => tokenIsFlag(name, word.flag)) || flagTokens(row.text).some((token) => tokenIsFlag(token, word.flag));
    case 'short-flags':
      return row.names.some((name) => word.flags.includes(name)) || namesAsLong(row.names, word) || flagTokens(row.text).some((token) => tokenIsFlag(token, word.written));
  }
}

/**
 * Whether `row` answers the query: one of its flags, when it names any (`--rm -it` lists the rows of each), and every
 * other word (`run -d` is docker run's `-d`). An empty query keeps every row.
 */
export function rowMatches(row: FlagRow, words: readonly FlagQueryWord[]): boolean {
  const flags = words.filter((word) => word.kind !== 'text');
  return (!flags.length || flags.some((word) => answers(row, word))) && words.every((word) => word.kind !== 'text' || answers(row, word));
}

/**
 * How well a flag's names answer one word: 0 for an exact name, 1 for a name that starts with it (or one flag of
 * several written together), 2 for a row found by its description only. A word typed without dashes (`publish`, `p`)
 * also matches names by their dashless form; one typed with them (`-p`) matches only names written so. Names are
 * compared as written: `-p` is not `-P`.
 */
export function flagMatchRank(names: readonly string[], word: FlagQueryWord): 0 | 1 | 2 {
  if (word.kind === 'short-flags') return namesAsLong(names, word) ? 0 : names.some((n) => word.flags.includes(n)) ? 1 : 2;
  const query = word.kind === 'flag' ? word.flag : word.text;
  const loose = word.kind === 'text';
  if (names.some((n) => n === query || (loose && bare(n).toLowerCase() === query))) return 0;
  if (names.some((n) => (n.startsWith(query) && n !== query) || (loose && bare(n).toLowerCase().startsWith(query)))) return 1;
  return 2;
}

/** A row's place for a query: its best rank over the query's words (`run --rm` ranks the `--rm` rows first). */
export const rowRank = (names: readonly string[], words: readonly FlagQueryWord[]) => Math.min(2, ...words.map((word) => flagMatchRank(names, word)));
