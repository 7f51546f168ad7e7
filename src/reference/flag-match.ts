/**
 * How the flag index's filter orders the rows a query finds (src/components/reference/flag-filter.ts):
 * pure, so it runs in the browser and in unit tests alike.
 */

/** A flag's names without their dashes: `--publish` -> `publish`. */
const bare = (name: string) => name.replace(/^-+/, '');

/**
 * How well a flag's names answer the query: 0 for an exact name, 1 for a name that starts with it, 2 for a
 * row found by its description only. A query typed without dashes (`publish`, `p`) also matches names by
 * their dashless form; one typed with them (`-p`) matches only names written so. Names are compared as
 * written: `-p` is not `-P`.
 */
export function flagMatchRank(names: readonly string[], query: string): 0 | 1 | 2 {
  const loose = !query.startsWith('-');
  if (names.some((n) => n === query || (loose && bare(n) === query))) return 0;
  if (names.some((n) => n.startsWith(query) || (loose && bare(n).startsWith(query)))) return 1;
  return 2;
}
