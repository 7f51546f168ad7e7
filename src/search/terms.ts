/**
 * Text to index terms, the same way for the passages and for the query. A term is a flag
 * (`--rm`, `-p`; a one-letter flag keeps its case, `-P` is not `-p`), an English word reduced to a
 * crude stem (`images`, `image` -> `imag`; `running` -> `run`), or a Korean stem (`볼륨을` -> `볼륨`). Every token keeps
 * its place in the text so an excerpt can mark exactly the words that matched.
 */
import { HANGUL_RANGE, isHangul } from '../i18n/hangul.ts';
import { isBareEnding, koreanStem } from './korean.ts';

export interface Token {
  /** The word as written, lower-cased (a one-letter flag keeps its case). */
  word: string;
  term: string;
  start: number;
  end: number;
}

// Runs of letters, digits, `-` and `_`; each is then trimmed to a flag (`--volumes-from`, `-p`) or a word
// with inner hyphens (`docker-compose`). One simple pattern keeps indexing a whole site fast in the browser.
const CHUNK = /[\p{L}\p{N}_-]+/gu;
const FLAG = /^--?[\p{L}\p{N}]/u;
const SHORT_FLAG = /^-[\p{L}\p{N}]$/u;
const MIXED = new RegExp(`[${HANGUL_RANGE}][a-zA-Z0-9]|[a-zA-Z0-9][${HANGUL_RANGE}]`);
// Korean written right after Latin or digits (`Dockerfile로`, `80번`) is its own word.
const SCRIPT_CHANGE = new RegExp(`(?<=[a-zA-Z0-9])(?=[${HANGUL_RANGE}])|(?<=[${HANGUL_RANGE}])(?=[a-zA-Z0-9])`);

export const ENGLISH_STOPWORDS = new Set(
  'a an the to of in on for from with and or is are be do does did i my me you your it its how what which where when why can could should would will want need way into at by as this that there their them then than so if not no difference between versus vs compare'.split(' ')
    // Fillers of a question asked in a reader's own words, which no passage is about.
    // What is left of a contraction or a possessive split at its apostrophe (`container's`, `don't`): no word of its own.
    .concat('s t d m ll re ve don doesn didn isn aren wasn won wouldn shouldn couldn'.split(' '))
    .concat('actually really just basically exactly please anyway also ever even still maybe something anything thing things stuff inside within via per onto one ones'.split(' ')),
);

/** The stopwords as index terms (`inside` is indexed as `insid`): to leave them out of text already turned into terms. */
export const ENGLISH_STOP_TERMS: ReadonlySet<string> = new Set([...ENGLISH_STOPWORDS].flatMap((w) => [w, englishStem(w)]));

export function englishStem(word: string): string {
  let w = word;
  if (w.length <= 3 || !/^[a-z]+$/.test(w)) return w;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  // `-ed` stays: `named` is not `name`.
  if (w.length > 5 && w.endsWith('ing')) {
    w = w.slice(0, -3);
    if (/([^aeiouls])\1$/.test(w)) w = w.slice(0, -1);
  }
  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

/** The term a written word is indexed and searched under. */
export function termOf(word: string): string {
  if (word.startsWith('-')) return word;
  return isHangul(word) ? koreanStem(word) : englishStem(word);
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(CHUNK)) {
    let raw = match[0];
    let offset = match.index;
    // A flag keeps its leading dashes; elsewhere dashes and underscores only join words.
    const lead = FLAG.test(raw) ? 0 : raw.length - raw.replace(/^[-_]+/, '').length;
    raw = raw.slice(lead).replace(/[-_]+$/, '');
    offset += lead;
    if (!raw || raw === '-' || raw === '--') continue;
    const written = SHORT_FLAG.test(raw) ? raw : raw.toLowerCase();
    const parts = MIXED.test(written) ? written.split(SCRIPT_CHANGE) : [written];
    parts.forEach((word, i) => {
      const start = offset;
      offset += word.length;
      // `--rm을`, `ENTRYPOINT를`: a particle left after code, or standing alone after a quote, is not a word.
      if (isBareEnding(word) && (i > 0 || word.length === 1)) return;
      tokens.push({ word, term: termOf(word), start, end: start + word.length });
    });
  }
  return tokens;
}
