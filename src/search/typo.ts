/**
 * Corrects a word the index does not know to a word it does, one edit away: a letter missing, extra
 * or wrong, or two neighbours swapped (`imgaes` -> `images`, `contianer` -> `container`). Only words
 * of TYPO_MIN_LENGTH letters or more are corrected (settings.ts).
 */
import { isHangul } from '../i18n/hangul.ts';
import { COMMON_WORD_RANK, KOREAN_SYLLABLE_SLIP_LENGTH, KOREAN_TYPO_MIN_LENGTH, RARE_WORD_CORRECTION_RANK, SUGGESTIONS, TRUSTED_CORRECTION_LENGTH, TYPO_MIN_LENGTH } from './settings.ts';
import { termOf, type Token } from './terms.ts';

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

/** The positions at which two words of the same length differ. */
const differences = (a: string, b: string) => [...a].flatMap((c, i) => (c === b[i] ? [] : [i]));

const KEY_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];

/** True for two letters side by side on a QWERTY keyboard (a row's staggered keys above and below count). */
export function neighbouringKeys(a: string, b: string): boolean {
  const at = (key: string) => KEY_ROWS.map((row, r) => [r, row.indexOf(key)] as const).find(([, i]) => i >= 0);
  const [p, q] = [at(a), at(b)];
  if (!p || !q) return false;
  const [rowDiff, colDiff] = [q[0] - p[0], q[1] - p[1]];
  // Each row sits half a key to the right of the one above: below, the key left of the same index touches too.
  if (rowDiff === 0) return Math.abs(colDiff) === 1;
  if (rowDiff === 1) return colDiff === 0 || colDiff === -1;
  if (rowDiff === -1) return colDiff === 0 || colDiff === 1;
  return false;
}

/**
 * True when `typed` is `known` with one letter hit by a finger that missed its key: a substitution whose keys are
 * not neighbours (`packed` for `picked`) is a different word rather than a slip. Other edits (a letter missing,
 * doubled, swapped) are slips wherever they fall.
 */
function typedAmiss(typed: string, known: string): boolean {
  if (!oneEditApart(typed, known)) return false;
  if (typed.length !== known.length) return true;
  const diff = differences(typed, known);
  return diff.length !== 1 || neighbouringKeys(typed[diff[0]!]!, known[diff[0]!]!);
}

/**
 * The known word one slip of the fingers away from `word` (typedAmiss), the most frequent if there are several; undefined when
 * `word` is known, short, or has no such neighbour. `frequency` maps each known word to its count.
 */
export function correctWord(word: string, frequency: ReadonlyMap<string, number>): string | undefined {
  // A flag (`--memroy`) or a hyphenated word (`docekr-compose`): each of its words is corrected on its own, the
  // dashes kept, since the typo words are single words.
  const [, dashes = '', body = word] = /^(-*)(.*)$/.exec(word)!;
  if (dashes || body.includes('-')) {
    const parts = body.split('-');
    const fixed = parts.map((part) => correctWord(part, frequency) ?? part);
    return fixed.some((part, i) => part !== parts[i]) ? dashes + fixed.join('-') : undefined;
  }
  if (word.length < TYPO_MIN_LENGTH || !/^[a-z]+$/.test(word)) return undefined;
  // A word's place among the known words: how many are used more.
  const rank = (count: number) => [...frequency.values()].filter((c) => c > count).length;
  const own = frequency.get(word);
  if (own !== undefined && rank(own) < RARE_WORD_CORRECTION_RANK) return undefined;
  let best: string | undefined;
  let bestCount = 0;
  for (const [known, count] of frequency) {
    if (count > bestCount && known.length >= TYPO_MIN_LENGTH && typedAmiss(word, known)) {
      best = known;
      bestCount = count;
    }
  }
  // A word the site uses itself stands, unless it is a rare spelling of one of the most used words (`dcoker`), not
  // another form of it (`builds` is not a slip of `build`).
  if (own !== undefined && (best === undefined || rank(bestCount) >= COMMON_WORD_RANK || termOf(best) === termOf(word))) return undefined;
  return best;
}

/** Edits (insertions, deletions, substitutions, swaps of neighbours) between two words, or `max + 1` once past `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(rows[i - 1]![j]! + 1, row[j - 1]! + 1, rows[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j]!, rows[i - 2]![j - 2]! + 1);
    }
    if (Math.min(...row) > max) return max + 1;
    rows.push(row);
  }
  return rows[a.length]![b.length]!;
}

/** How far a suggestion may be from a word the site does not use: two edits, one for a short word. */
const suggestionReach = (word: string) => (word.length >= 5 ? 2 : 1);

/**
 * The known words nearest to `word` (most frequent first among the nearest), for "nothing matches … try":
 * at most `count`, none further than two edits (one for words under five letters, one for Korean).
 */
export function nearestWords(word: string, known: readonly string[], count: number): string[] {
  const reach = /^[a-z]+$/.test(word) ? suggestionReach(word) : 1;
  const found: { known: string; distance: number; rank: number }[] = [];
  known.forEach((candidate, rank) => {
    const distance = editDistance(word, candidate, reach);
    if (distance > 0 && distance <= reach) found.push({ known: candidate, distance, rank });
  });
  return found.sort((a, b) => a.distance - b.distance || a.rank - b.rank).slice(0, count).map((f) => f.known);
}

/** A Hangul syllable's letters: its initial consonant, its vowel and its final consonant (0 for none). */
function jamoOf(syllable: string): [number, number, number] | undefined {
  const n = syllable.charCodeAt(0) - 0xac00;
  return n >= 0 && n < 11172 ? [Math.floor(n / 588), Math.floor(n / 28) % 21, n % 28] : undefined;
}

/**
 * True when Korean `typed` is `known` with one slip: a syllable missing, extra or two swapped (`컨테너`), or one
 * letter of one syllable wrong (`컨테이나`, `이미자`). A whole syllable wrong is another word.
 */
export function koreanSlip(typed: string, known: string): boolean {
  const at = differingSyllable(typed, known);
  return at === undefined ? oneEditApart(typed, known) : oneLetterWrong(typed[at]!, known[at]!);
}

/** True when Korean `typed` is `known` with one letter of one syllable wrong (`삭재`, `볼룸`, `이미자`). */
function letterSlip(typed: string, known: string): boolean {
  const at = differingSyllable(typed, known);
  return at !== undefined && oneLetterWrong(typed[at]!, known[at]!);
}

/** Where two words of the same length differ, when they differ in exactly one place. */
function differingSyllable(a: string, b: string): number | undefined {
  const diff = a.length === b.length ? differences(a, b) : [];
  return diff.length === 1 ? diff[0] : undefined;
}

/** True when two Hangul syllables differ in one of their letters. */
function oneLetterWrong(typed: string, known: string): boolean {
  const [a, b] = [jamoOf(typed), jamoOf(known)];
  return !!a && !!b && a.filter((letter, k) => letter !== b[k]).length === 1;
}

/**
 * The one known Korean stem a word the site does not use is a slip of, or undefined: with no counts to choose
 * by, a word near two stems is left as typed. A word of KOREAN_SYLLABLE_SLIP_LENGTH syllables or more may have
 * any slip (koreanSlip); a shorter one, only a letter wrong (letterSlip), since a syllable missing, extra or
 * swapped leaves too little of a two-syllable word to guess from.
 */
export function correctKorean(stem: string, known: readonly string[]): string | undefined {
  if (stem.length < KOREAN_TYPO_MIN_LENGTH || known.includes(stem)) return undefined;
  const near = known.filter((k) =>
    stem.length < KOREAN_SYLLABLE_SLIP_LENGTH ? letterSlip(stem, k) : k.length >= KOREAN_SYLLABLE_SLIP_LENGTH && koreanSlip(stem, k),
  );
  return near.length === 1 ? near[0] : undefined;
}

/**
 * Queries to try when nothing matches (QueryAnalyzer.suggest): the typed query with each word the site does not
 * use (`known`) replaced by the nearest word it does, Latin words from `latin` (the typo words), Korean from
 * `korean` (the compound words). Empty when no word is near enough: a long run of one letter gets no suggestion.
 * Here, with the typo code, because only a search that found nothing needs it.
 */
export function suggestQueries(query: string, tokens: Token[], known: (word: string) => boolean, latin: readonly string[], korean: readonly string[]): string[] {
  const options = tokens.map((t) => {
    const word = isHangul(t.word) ? t.term : t.word;
    return known(word) || word.length < 3 ? [] : nearestWords(word, isHangul(word) ? korean : latin, SUGGESTIONS);
  });
  const suggestions = new Set<string>();
  for (let k = 0; k < SUGGESTIONS; k++) {
    let changed = false;
    let text = query;
    // From the last word back, so the offsets of the words before stay right.
    for (let i = tokens.length - 1; i >= 0; i--) {
      const replacement = options[i]![Math.min(k, options[i]!.length - 1)];
      if (!replacement) continue;
      text = text.slice(0, tokens[i]!.start) + replacement + text.slice(tokens[i]!.end);
      changed = true;
    }
    if (changed) suggestions.add(text.trim());
  }
  return [...suggestions];
}

/**
 * A correction searched even though other words found passages (pagefind-search.ts): towards a Korean stem, a
 * command's name, one of the site's common words, or a long word (a word of TRUSTED_CORRECTION_LENGTH letters has
 * no other word one slip away: `healtcheck` is `healthcheck`, however seldom the notes write it). A hyphenated word
 * or a flag is trusted when each of its words is (`docekr-compose`). `rank`: a word's place among the typo words.
 */
export function trustedCorrection(to: string, rank: (word: string) => number, namesCommand: (word: string) => boolean): boolean {
  if (isHangul(to) || namesCommand(to)) return true;
  const parts = to.replace(/^-+/, '').split('-').filter(Boolean);
  return parts.length > 0 && parts.every((part) => rank(part) < RARE_WORD_CORRECTION_RANK || namesCommand(part) || part.length >= TRUSTED_CORRECTION_LENGTH);
}
