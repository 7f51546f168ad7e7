/**
 * The little a query needs to know about the site before it reaches Pagefind: the glossary pairs and
 * the Korean words a compound splits into (one file per language, loaded with search), and the words a
 * typo is corrected towards (a second file, loaded when a word finds nothing). Built with the index.
 */
import type { ReferenceEntry } from '../reference/command-index.ts';
import type { Passage } from './index-data.ts';
import { isHangul } from '../i18n/hangul.ts';
import { isBareEnding } from './korean.ts';
import { passageTokens } from './passage-tokens.ts';

export interface Lexicon {
  lang: string;
  /** Glossary pairs, [this site's language, the other language]. */
  glossary: [string, string][];
  /** Korean stems the notes use on their own at least twice: what a compound is split into. */
  korean: string[];
  /** Each word that names a Docker command (`stop`, `rm`, `remove`, `prune`) and the reference entries it names. */
  commands: [string, string[]][];
  /** Passages in this language's index: how rare a word is, is the share of them that hold it. */
  passages: number;
}

/**
 * The lexicon as its file holds it, each list as one string (smaller to download than JSON's lists): the Korean
 * words apart by spaces, glossary pairs as `term=counterpart` apart by `|`, command words as `word=id,id` (or `word`
 * alone for the command of that name) apart by spaces.
 */
export type LexiconFile = Omit<Lexicon, 'korean' | 'glossary' | 'commands'> & { korean: string; glossary: string; commands: string };
const listOf = (text: string, separator: string) => (text ? text.split(separator) : []);
/** A lexicon as its file holds it; a glossary term holding a separator fails the build. */
export function lexiconFile(lexicon: Lexicon): LexiconFile {
  const term = lexicon.glossary.flat().find((t) => /[=|]/.test(t));
  if (term) throw new Error(`glossary term ${term}: \`=\` and \`|\` separate the lexicon file's glossary pairs`);
  return {
    ...lexicon,
    korean: lexicon.korean.join(' '),
    glossary: lexicon.glossary.map((pair) => pair.join('=')).join('|'),
    // A word that names only the command of its own name (`attach`) is written alone.
    commands: lexicon.commands.map(([word, ids]) => (ids.length === 1 && ids[0] === word ? word : `${word}=${ids.join(',')}`)).join(' '),
  };
}
/** The lexicon its file holds (lexiconFile). */
export const lexiconOf = (file: LexiconFile): Lexicon => ({
  ...file,
  korean: listOf(file.korean, ' '),
  glossary: listOf(file.glossary, '|').map((pair) => pair.split('=') as [string, string]),
  commands: listOf(file.commands, ' ').map((entry) => {
    const [word = '', ids = word] = entry.split('=');
    return [word, ids.split(',')];
  }),
});

/**
 * A Korean stem used this often on its own is a word compounds are made of. At 5 (not 2) the list is 2.7 KB
 * smaller to download with every first Korean search, and both evaluation sets rank the same as at 4.
 */
const KOREAN_WORD_MIN_COUNT = 5;
/** A verb in its polite form (`만듭니다`, `있습니다`) ends a sentence: no compound is made of it. */
const SENTENCE_ENDING = /니다$/;
/**
 * Nor is a word a stem kept whole only because too little precedes its ending (`것을`, `있는`, `않으며`): a word
 * ending in a particle or ending no noun ends in, or a form of 있다, 없다, 않다. An ending itself (`되는`, `하는`)
 * stays: a word ending in two (`저장되는가`) keeps the first, and splits at it. Left out, the lexicon every first
 * Korean search downloads is 0.2 KB smaller.
 */
const INFLECTED = /([는은을를며므으]|도록)$|^[있없않]/;
/** Longer stems are whole words, not parts a compound is split into. */
const KOREAN_WORD_MAX_LENGTH = 4;
/** A word used once is as likely a typo in the notes as a word to correct towards. */
const WORD_MIN_COUNT = 2;

/**
 * Words that are not a command's verb but the group it sits in (`docker container rm`, `docker compose up`) or
 * what it acts on: `stop all containers` is about `stop`, not every `docker container` command, and `images`
 * names `docker images` only as a noun does.
 */
export const COMMAND_GROUP_WORDS = new Set(
  ['docker', 'compose', 'docker-compose', 'container', 'image', 'network', 'volume', 'system', 'builder', 'buildx', 'context'].flatMap((w) => [w, `${w}s`]),
);

/**
 * The words of the CLI's and Compose's command names and aliases that name a command, each with the entries
 * it names: `remove` names `rm` (`docker container remove`) and `rmi` (`docker image remove`). Dockerfile
 * instructions are left out: `copy on write` is not about `COPY`. (Korean verbs taken from the entries' reader
 * phrases were tried as command words too and found nothing more on either evaluation set.)
 */
export function commandWords(entries: ReferenceEntry[]): [string, string[]][] {
  const words = new Map<string, Set<string>>();
  const add = (word: string, id: string) => words.set(word, (words.get(word) ?? new Set()).add(id));
  for (const { id, data } of entries) {
    if (data.kind === 'dockerfile') continue;
    for (const name of [data.name, ...(data.aliases ?? [])]) {
      const verb = name.split(/\s+/).at(-1)!.toLowerCase();
      if (COMMAND_GROUP_WORDS.has(verb) || !/^[a-z][a-z-]+$/.test(verb)) continue;
      add(verb, id);
    }
  }
  return [...words].sort(([a], [b]) => (a < b ? -1 : 1)).map(([word, ids]) => [word, [...ids].sort()]);
}


export function buildLexicon(lang: string, passages: Passage[], glossary: [string, string][], commands: [string, string[]][] = []): Lexicon {
  const korean = new Map<string, number>();
  for (const p of passages) {
    for (const t of passageTokens(p).tokens) {
      if (isHangul(t.term) && t.term.length >= 2) korean.set(t.term, (korean.get(t.term) ?? 0) + 1);
    }
  }
  return {
    lang,
    glossary,
    korean: [...korean]
      .filter(([stem, count]) => count >= KOREAN_WORD_MIN_COUNT && stem.length <= KOREAN_WORD_MAX_LENGTH && !SENTENCE_ENDING.test(stem) && (!INFLECTED.test(stem) || isBareEnding(stem)))
      .map(([stem]) => stem)
      .sort(),
    commands,
    passages: passages.length,
  };
}

/**
 * The English words of four letters or more the site uses at least twice, the most used first: a typed
 * word not among them is a typo when one of them is one edit away, and the first such word is the
 * correction. Titles and reader phrases count double, so command words win a tie. After them, the Korean
 * stems too long to be words compounds are made of (buildLexicon), used at least twice: a slip in one
 * (`라이프싸이클`) is corrected towards them; last, so no English word's place among the words moves. Its own
 * file (`typoWordsUrl`), loaded only when a query word finds nothing: most searches never need it.
 */
export function buildTypoWords(passages: Passage[]): string[] {
  const words = new Map<string, number>();
  const longKorean = new Map<string, number>();
  for (const p of passages) {
    const { tokens, naming } = passageTokens(p);
    for (const t of tokens) {
      const count = naming(t) ? 2 : 1;
      if (/^[a-z]{4,}$/.test(t.word)) words.set(t.word, (words.get(t.word) ?? 0) + count);
      else if (isHangul(t.term) && t.term.length > KOREAN_WORD_MAX_LENGTH && !SENTENCE_ENDING.test(t.term)) longKorean.set(t.term, (longKorean.get(t.term) ?? 0) + count);
    }
  }
  const mostUsed = (counts: Map<string, number>) =>
    [...counts]
      .filter(([, count]) => count >= WORD_MIN_COUNT)
      .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))
      .map(([word]) => word);
  return [...mostUsed(words), ...mostUsed(longKorean)];
}
