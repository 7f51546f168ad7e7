/**
 * Corrects a word the index does not know to a word it does, one edit away: a letter missing, extra
 * or wrong, or two neighbours swapped (`imgaes` -> `images`, `contianer` -> `container`). Only words
 * of four letters or more are corrected; shorter ones have too many neighbours to guess from.
 */
const MIN_LENGTH = 4;

/** True when `a` becomes `b` by one insertion, deletion, substitution or swap of adjacent letters. */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true; // substitution
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2); // swap
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/**
 * The known word one edit away from `word`, the most frequent if there are several; undefined when
 * `word` is known, short, or has no such neighbour. `frequency` maps each known word to its count.
 */
export function correctWord(word: string, frequency: ReadonlyMap<string, number>): string | undefined {
  if (word.length < MIN_LENGTH || frequency.has(word) || !/^[a-z]+$/.test(word)) return undefined;
  let best: string | undefined;
  let bestCount = 0;
  for (const [known, count] of frequency) {
    if (count > bestCount && known.length >= MIN_LENGTH && oneEditApart(word, known)) {
      best = known;
      bestCount = count;
    }
  }
  return best;
}
