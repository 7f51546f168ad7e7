/**
 * A passage's words, tokenized once per build for everything that counts or indexes them: the lexicon's Korean
 * words and the typo words (lexicon.ts) and the words only the index sees (records.ts). Each tokenized the same
 * passages anew, a third of the search index's time.
 */
import type { Passage } from './index-data.ts';
import { tokenize, type Token } from './terms.ts';

export interface PassageTokens {
  /** The tokens of the title, the text and the reader phrases, in that order. */
  tokens: Token[];
  /** Whether a token is of the title or the reader phrases: the words that name the passage. */
  naming: (token: Token) => boolean;
}

const tokenized = new WeakMap<Passage, PassageTokens>();

export function passageTokens(passage: Passage): PassageTokens {
  let found = tokenized.get(passage);
  if (!found) {
    const textStart = passage.title.length + 1;
    const phrasesStart = textStart + passage.text.length + 1;
    const tokens = tokenize(`${passage.title} ${passage.text} ${passage.phrases ?? ''}`);
    found = { tokens, naming: (token) => token.start < textStart || token.start >= phrasesStart };
    tokenized.set(passage, found);
  }
  return found;
}
