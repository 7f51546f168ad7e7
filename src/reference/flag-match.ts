/**
 * How the flag index's filter reads a query, which rows it keeps and how it orders them
 * (src/components/reference/flag-filter.ts): pure, so it runs in the browser and in unit tests alike.
 *
 * A row is kept when it answers every word of the query. A word is read the way a reader would have met it:
 * - `--restart=always`, `restart=always`: the flag `--restart`, without the value given to it;
 * - `-P`, `--pub`: a flag as written, so `-p` is not `-P`, and `-p` is not the `-p` inside `--publish`;
 * - `-it`: short flags written together, as the CLI reads them (`-i` and `-t`); a row with either answers it;
 * - anything else (`volume`, `메모리`): text anywhere in the row, whatever its case.
 */

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

/** The words of `query`, each read as a flag, short flags written together, or text. */
export function parseFlagQuery(query: string): FlagQueryWord[] {
  return query
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map(withoutValue)
    .map((word): FlagQueryWord => {
      if (SHORT_FLAGS.test(word)) return { kind: 'short-flags', written: word, flags: [...word.slice(1)].map((letter) => `-${letter}`) };
      if (/^-{1,2}[a-zA-Z0-9]/.test(word)) return { kind: 'flag', flag: word };
      return { kind: 'text', text: word.toLowerCase() };
    });
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

/** Whether `row` answers `word`. */
function answers(row: FlagRow, word: FlagQueryWord): boolean {
  switch (word.kind) {
    case 'text':
      return row.text.toLowerCase().includes(word.text);
    case 'flag':
      return row.names.some((name) => tokenIsFlag(name, word.flag)) || flagTokens(row.text).some((token) => tokenIsFlag(token, word.flag));
    case 'short-flags':
      // `-rm` is also how a reader mistypes `--rm`: the long flag answers it too.
      return (
        row.names.some((name) => word.flags.includes(name) || name === `-${word.written}`) ||
        flagTokens(row.text).some((token) => tokenIsFlag(token, word.written))
      );
  }
}

/** Whether `row` answers every word of the query. An empty query keeps every row. */
export const rowMatches = (row: FlagRow, words: readonly FlagQueryWord[]) => words.every((word) => answers(row, word));

/**
 * How well a flag's names answer one word: 0 for an exact name, 1 for a name that starts with it, 2 for a
 * row found by its description only. A word typed without dashes (`publish`, `p`) also matches names by
 * their dashless form; one typed with them (`-p`) matches only names written so. Names are compared as
 * written: `-p` is not `-P`.
 */
export function flagMatchRank(names: readonly string[], word: FlagQueryWord): 0 | 1 | 2 {
  if (word.kind === 'short-flags') return names.some((n) => word.flags.includes(n) || n === `-${word.written}`) ? 0 : 2;
  const query = word.kind === 'flag' ? word.flag : word.text;
  const loose = word.kind === 'text';
  if (names.some((n) => n === query || (loose && bare(n).toLowerCase() === query))) return 0;
  if (names.some((n) => (n.startsWith(query) && n !== query) || (loose && bare(n).toLowerCase().startsWith(query)))) return 1;
  return 2;
}

/** A row's place for a query: its best rank over the query's words (`run --rm` ranks the `--rm` rows first). */
export const rowRank = (names: readonly string[], words: readonly FlagQueryWord[]) => Math.min(2, ...words.map((word) => flagMatchRank(names, word)));
