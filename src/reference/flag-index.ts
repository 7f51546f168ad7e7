/**
 * The flag index lists every flag of every command, over 700 rows with their descriptions: as one page it
 * would weigh about 36 KB gzip, over what a page may weigh (PAGE_BUDGET_BYTES, 25 KB); three parts keep each page under it.
 * It is cut into alphabetical parts at a letter, so each part is a page of its own (`/<lang>/reference/flags/`
 * for the first, `/<lang>/reference/flags/<from>-<to>/` for the next ones) and the filter on any
 * part fetches the others when the reader starts typing.
 * The parts depend only on the flags' sort keys, which are the same in every language: a part's address
 * is the same in both languages, so the language switch lands on the same part.
 */

import { optionAnchor, type OptionData } from '../schemas/command.ts';

/** How many pages the flag index is cut into. */
export const FLAG_INDEX_PARTS = 3;

export interface FlagIndexPart {
  /** The part's folder under the flag index, none for the first part. */
  slug: string | undefined;
  /** First and last letter the part covers, lower case: together the parts cover a to z. */
  from: string;
  to: string;
}

const initial = (sortKey: string) => sortKey.charAt(0).toLowerCase();

/**
 * Cuts sort keys (in any order) into `parts` runs of whole initial letters, as even in size as letters
 * allow: each cut falls at the letter boundary nearest its share of the keys.
 */
export function splitFlagIndex(sortKeys: string[], parts = FLAG_INDEX_PARTS): FlagIndexPart[] {
  const bad = sortKeys.find((key) => !/^[a-z]/i.test(key));
  if (bad !== undefined) throw new Error(`flag index: the sort key "${bad}" does not start with a letter a-z`);
  const counts = new Map<string, number>();
  for (const key of sortKeys) counts.set(initial(key), (counts.get(initial(key)) ?? 0) + 1);
  const letters = [...counts.keys()].sort();
  const firsts: string[] = [letters[0] ?? 'a'];
  let seen = 0;
  for (const [i, letter] of letters.entries()) {
    const before = seen;
    seen += counts.get(letter)!;
    const target = (sortKeys.length * firsts.length) / parts;
    if (firsts.length < parts && seen >= target && i + 1 < letters.length) {
      // Cut before this letter or after it, whichever lands nearer the share.
      const cutAfter = Math.abs(seen - target) <= Math.abs(before - target) || before === 0;
      firsts.push(cutAfter ? letters[i + 1]! : letter);
    }
  }
  return firsts.map((first, i) => {
    const from = i === 0 ? 'a' : first;
    const to = i + 1 < firsts.length ? String.fromCharCode(firsts[i + 1]!.charCodeAt(0) - 1) : 'z';
    return { slug: i === 0 ? undefined : `${from}-${to}`, from, to };
  });
}

/** A flag's place in the index: its anchor, which is its long name without dashes (`add-host`, `rm`). */
export const flagSortKey = (option: OptionData) => optionAnchor(option);

/** The parts of the index over every flag of these reference entries: the pages and the site check both use this. */
export const flagIndexParts = (entries: { data: { options: OptionData[] } }[]) =>
  splitFlagIndex(entries.flatMap((entry) => entry.data.options.map(flagSortKey)));

/** Whether a flag with this sort key is listed on `part`. */
export const inPart = (sortKey: string, part: FlagIndexPart) => initial(sortKey) >= part.from && initial(sortKey) <= part.to;
