/**
 * The little a query needs to know about the site before it reaches Pagefind: the glossary pairs and
 * the Korean words a compound splits into (one file per language, loaded with search), and the words a
 * typo is corrected towards (a second file, loaded when a word finds nothing). Built with the index.
 */
import type { Passage } from './index-data.ts';
import { isHangul } from './korean.ts';
import { tokenize } from './terms.ts';

export interface Lexicon {
  lang: string;
  /** Glossary pairs, [this site's language, the other language]. */
  glossary: [string, string][];
  /** Korean stems the notes use on their own at least twice: what a compound is split into. */
  korean: string[];
}

/** A Korean stem used this often on its own is a word compounds are made of. */
const KOREAN_WORD_MIN_COUNT = 2;
/** A word used once is as likely a typo in the notes as a word to correct towards. */
const WORD_MIN_COUNT = 2;

export function buildLexicon(lang: string, passages: Passage[], glossary: [string, string][]): Lexicon {
  const korean = new Map<string, number>();
  for (const p of passages) {
    for (const t of tokenize(`${p.title} ${p.text} ${p.phrases ?? ''}`)) {
      if (isHangul(t.term) && t.term.length >= 2) korean.set(t.term, (korean.get(t.term) ?? 0) + 1);
    }
  }
  return {
    lang,
    glossary,
    korean: [...korean].filter(([stem, count]) => count >= KOREAN_WORD_MIN_COUNT && stem.length <= 5).map(([stem]) => stem).sort(),
  };
}

/**
 * The English words of four letters or more the site uses at least twice, the most used first: a typed
 * word not among them is a typo when one of them is one edit away, and the first such word is the
 * correction. Titles and reader phrases count double, so command words win a tie. Its own file
 * (`typoWordsUrl`), loaded only when a query word finds nothing: most searches never need it.
 */
export function buildTypoWords(passages: Passage[]): string[] {
  const words = new Map<string, number>();
  for (const p of passages) {
    for (const t of tokenize(`${p.title} ${p.phrases ?? ''} ${p.title} ${p.phrases ?? ''} ${p.text}`)) {
      if (/^[a-z]{4,}$/.test(t.word)) words.set(t.word, (words.get(t.word) ?? 0) + 1);
    }
  }
  return [...words]
    .filter(([, count]) => count >= WORD_MIN_COUNT)
    .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))
    .map(([word]) => word);
}
