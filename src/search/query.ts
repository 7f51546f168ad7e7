/**
 * A typed query as groups of terms, one group per word: the word's stem (Korean particles and
 * endings stripped, compounds split), a correction when it is a typo of a command word, and the
 * glossary's term in the other language. Pagefind is asked for the first term of each group; the
 * re-ranking (rerank.ts) counts a group as answered when a passage holds any of its terms.
 */
import { isHangul } from '../i18n/hangul.ts';
import { KOREAN_STOPWORDS, splitCompound } from './korean.ts';
import { COMMAND_GROUP_WORDS, type Lexicon } from './lexicon.ts';
import { ENGLISH_STOPWORDS, tokenize, type Token } from './terms.ts';
import { CORRECTION_WEIGHT } from './settings.ts';
// The code that corrects typos is loaded with the typo words, when a word first finds nothing: most searches never need it.
type TypoCode = typeof import('./typo.ts');
const loadTypoCode = (): Promise<TypoCode> => import('./typo.ts');

export interface Alternative {
  term: string;
  /** 1 for the word as typed or translated; less for a correction. */
  weight: number;
  /** The glossary's term in the other language, not a word of the query itself. */
  translated?: boolean;
}
export type Group = Alternative[];

export interface AnalyzedQuery {
  groups: Group[];
  /** Typed word -> the command word searched instead. */
  corrections: [string, string][];
  /** Glossary terms of the other language that also answer. */
  translations: string[];
  /** The query's words in order, as their groups' indexes (a word typed twice, twice): a multi-word term is matched side by side (rerank.ts). */
  sequence: number[];
  /** Reference entries a word of the query names as a command (`stop all containers` -> `stop`). */
  commands: string[];
  /** Words typed in capitals (`CMD`, `VOLUME`): the name of an instruction or a setting, as titles write it. */
  capitals: string[];
  /** The query asks for an explanation (`what`, `why`, `이유`, `차이`) and names no option. */
  explains: boolean;
  /** Per group: the word as typed (lower-cased). */
  words: string[];
}


/** Words that ask what something is, why, or how two differ. */
const EXPLAINING = new Set(['what', 'why', 'difference', 'explain', 'mean', 'meaning', '무엇', '뭐', '뭐야', '무슨', '왜', '이유', '차이', '차이점', '역할', '의미', '개념']);

/** A word written in capitals, two letters or more: `CMD`, `ENTRYPOINT`, `HOME`. */
const CAPITALS = /^[A-Z][A-Z0-9_]+$/;

const isStopword = (token: Token) => ENGLISH_STOPWORDS.has(token.word) || KOREAN_STOPWORDS.has(token.term);

/**
 * `같이`, `함께` (together, too) in a question are how it is spoken (`CMD랑 ENTRYPOINT를 같이 쓰면`), not what it is
 * about; so is a word asking for an explanation (`cgroups는 무슨 역할을 해?`, `데브옵스 개념`): it says what kind
 * of answer, not what about (`explains`). A reader phrase keeps them: `볼륨도 함께 삭제` is `docker rm --volumes`,
 * not `docker volume rm`.
 */
const TOGETHER = new Set(['같이', '함께']);
const isQueryFiller = (token: Token) => isStopword(token) || TOGETHER.has(token.term) || EXPLAINING.has(token.word) || EXPLAINING.has(token.term);

/** The words a typo is corrected towards (lexicon.ts buildTypoWords), or how to fetch them when first needed. */
export type TypoWords = readonly string[] | (() => Promise<readonly string[]>);
export type { TypoCode };

export class QueryAnalyzer {
  readonly #known: Set<string>;
  /** Each typo word and its rank, the most used highest; empty until the words are known. */
  readonly #words = new Map<string, number>();
  /**
   * The Korean words a typo is corrected towards and suggestions are drawn from: the lexicon's, then, once the typo
   * words are in, those too long for its list (lexicon.ts buildTypoWords).
   */
  #koreanWords: readonly string[];
  #fetchWords: (() => Promise<readonly string[]>) | undefined;
  /** typo.ts, once loaded: nothing is corrected before. */
  #typo: TypoCode | undefined;
  #learning: Promise<boolean> | undefined;
  readonly #glossary: { from: string[]; to: string }[] = [];
  readonly #compounds = new Map<string, string[]>();
  readonly #terms = new Map<string, string[]>();
  readonly #commands: Map<string, string[]>;
  readonly lexicon: Lexicon;

  /** `typo`: typo.ts given at once (tests, the build); else it is loaded by learnTypoWords. */
  constructor(lexicon: Lexicon, typoWords: TypoWords = [], typo?: TypoCode) {
    this.lexicon = lexicon;
    this.#typo = typo;
    this.#known = new Set(lexicon.korean);
    this.#koreanWords = lexicon.korean;
    this.#commands = new Map(lexicon.commands ?? []);
    if (typeof typoWords === 'function') this.#fetchWords = typoWords;
    else this.#learn(typoWords);
    // A glossary term's Korean words are words compounds are made of, however seldom the notes write them alone:
    // `포트포워딩` and `바인드마운트` are `포트 포워딩` and `바인드 마운트` typed without their space.
    for (const token of tokenize(lexicon.glossary.flat().join(' '))) if (isHangul(token.term)) this.#known.add(token.term);
    for (const pair of lexicon.glossary) {
      for (const [from, to] of [pair, [pair[1], pair[0]]] as const) {
        this.#glossary.push({ from: this.terms(from), to });
        // A hyphenated word of a term is typed as its words too: `zero downtime deployment`.
        const apart = from.replace(/(\p{L})-(?=\p{L})/gu, '$1 ');
        if (apart !== from) this.#glossary.push({ from: this.terms(apart), to });
      }
    }
    this.#glossary.sort((a, b) => b.from.length - a.from.length);
  }

  #learn(words: readonly string[]) {
    const latin = words.filter((word) => !isHangul(word));
    latin.forEach((word, i) => this.#words.set(word, latin.length - i));
    this.#koreanWords = [...this.lexicon.korean, ...words.filter(isHangul)];
  }

  /**
   * Fetches the typo words and the code that corrects them if they are not loaded yet: true once they are in
   * (fetched by this call, by an earlier one, or given at once), so a query may be corrected. A failed fetch
   * (offline) gives false and leaves them to the next call.
   */
  learnTypoWords(): Promise<boolean> {
    const fetchWords = this.#fetchWords;
    if (!fetchWords && this.#typo) return Promise.resolve(true);
    this.#learning ??= Promise.all([fetchWords?.(), this.#typo ?? loadTypoCode()]).then(
      ([words, typo]) => {
        if (words) this.#learn(words);
        this.#typo = typo;
        this.#fetchWords = undefined;
        return true;
      },
      () => {
        this.#learning = undefined;
        return false;
      },
    );
    return this.#learning;
  }

  /**
   * The index terms of a text: stems, Korean compounds split into their words. Remembered, because each
   * keystroke re-ranks mostly the same passages as the one before.
   */
  terms(text: string): string[] {
    let terms = this.#terms.get(text);
    if (!terms) this.#terms.set(text, (terms = this.split(tokenize(text).map((t) => t.term))));
    return terms;
  }

  /**
   * A reader phrase's words as a query's are read: without the words that carry no meaning and without a state
   * it presupposes (`running containers` is about containers, as the query `stop running containers` is).
   */
  phraseTerms(text: string): string[] {
    return this.split(withoutStateModifiers(tokenize(text).filter((t) => !isStopword(t))).map((t) => t.term));
  }

  /** Splits Korean compounds into their words, as the index does: `데이터볼륨` -> `데이터 볼륨`. */
  split(terms: string[]): string[] {
    return terms.flatMap((term) => {
      if (!isHangul(term)) return [term];
      let parts = this.#compounds.get(term);
      if (!parts) this.#compounds.set(term, (parts = splitCompound(term, (w) => this.#known.has(w))));
      return parts;
    });
  }

  /** A word's place among the words typos are corrected towards, the most used first (0); Infinity when unknown. */
  wordRank(word: string): number {
    const value = this.#words.get(word);
    return value === undefined ? Infinity : this.#words.size - value;
  }

  /** True when `word` names a Docker command of the reference (`exec`, `prune`; lexicon.ts commandWords, no Dockerfile instruction). */
  namesCommand(word: string): boolean {
    return this.#commands.has(word);
  }

  /** True when a correction towards `to` may be searched although other words found passages (typo.ts trustedCorrection); false before the typo code is in. */
  trusts(to: string): boolean {
    return this.#typo?.trustedCorrection(to, (w) => this.wordRank(w), (w) => this.namesCommand(w)) ?? false;
  }

  /**
   * Queries to try when nothing matches: the typed query with each word the site does not use replaced by the
   * nearest word it does (Latin words from the typo words, Korean from the compound words). Empty when no
   * word is near enough: a long run of one letter gets no suggestion.
   */
  suggest(query: string): string[] {
    if (!this.#typo) return [];
    const tokens = tokenize(query).filter((t) => !isStopword(t));
    return this.#typo.suggestQueries(query, tokens, (word) => this.#words.has(word) || this.#known.has(word) || this.#koreanWords.includes(word), [...this.#words.keys()], this.#koreanWords);
  }

  /** `correct: false`: the words as typed, typo words loaded or not (the first pass of a search, pagefind-search.ts). */
  analyze(query: string, { correct = true }: { correct?: boolean } = {}): AnalyzedQuery {
    const all = tokenize(query);
    // A word in capitals is a name (`FROM`, `ADD`), never a word that carries no meaning; unless the whole query
    // is shouted (`HOW TO RUN A CONTAINER`): more than two words and none in small letters.
    const shouted = all.length > 2 && !/[a-z가-힣]/.test(query);
    const typedAsName = (t: Token) => !shouted && CAPITALS.test(query.slice(t.start, t.end));
    const content = withoutStateModifiers(all.filter((t) => !isQueryFiller(t) || typedAsName(t)));
    const corrections: [string, string][] = [];
    const groups: Group[] = [];
    const sequence: number[] = [];
    const groupOf = new Map<string, number>();
    const commands = new Set<string>();
    const words: string[] = [];
    const seen = new Set<string>();
    const meant: string[] = [];
    for (const token of content.length ? content : all) {
      // A word the site never uses, one edit away from one it does: searched as corrected, said so.
      const corrected = !correct || isCommonWord(token.word) ? undefined : this.#correct(token);
      // The verb a request starts with (`stop all containers`, `docker rm ...`): a command word later on is more
      // likely a noun (`exclude files from the build context`).
      const verb = !meant.some((w) => !COMMAND_GROUP_WORDS.has(w));
      const named = verb ? (this.#commands.get(corrected ?? token.word) ?? []) : [];
      for (const id of named) commands.add(id);
      // As corrected: `dokcer run` names `run` as `docker run` does.
      meant.push(corrected ?? token.word);
      for (const term of this.split([token.term])) {
        // `run a command in a running container`: one word asked twice is still one word.
        if (seen.has(term)) {
          sequence.push(groupOf.get(term)!);
          continue;
        }
        seen.add(term);
        groupOf.set(term, groups.length);
        sequence.push(groups.length);
        const group: Group = [{ term, weight: 1 }];
        // A hyphenated word is how a long flag is named without its dashes: `read-only` is `--read-only`.
        if (/^[a-z0-9]+(-[a-z0-9]+)+$/.test(term)) group.push({ term: `--${term}`, weight: 1 });
        if (corrected) {
          corrections.push([token.word, corrected]);
          for (const t of tokenize(corrected)) group.unshift({ term: t.term, weight: CORRECTION_WEIGHT });
        }
        words.push(token.word);
        groups.push(group);
      }
    }
    const translations = this.#translate(groups);
    // A top-level command (`docker rm`) before those of a group (`docker volume rm`): both answer to `remove`, and
    // the first few are the ones searched for by name.
    const ordered = [...commands].sort((a, b) => Number(a.includes('-')) - Number(b.includes('-')));
    const capitals = [...new Set(content.filter(typedAsName).map((t) => query.slice(t.start, t.end)))];
    // `what do cgroups do`, `cgroups는 무슨 역할을 해?`: an explanation is asked for, not an option, unless one is named.
    const explains = all.some((t) => EXPLAINING.has(t.word) || EXPLAINING.has(t.term)) && !all.some((t) => t.word.startsWith('-'));
    return { groups, corrections, translations, sequence, commands: ordered, capitals, words, explains };
  }

  /**
   * A typed word the site does not use, as the word it is a slip of: Latin words towards the typo words, Korean
   * stems (once the typo words are fetched, as for Latin words) towards the stems compounds are made of.
   */
  #correct(token: Token): string | undefined {
    const typo = this.#typo;
    if (!typo) return undefined;
    if (!isHangul(token.word)) return typo.correctWord(token.word, this.#words);
    if (!this.#words.size || this.split([token.term]).length > 1) return undefined;
    return typo.correctKorean(token.term, this.#koreanWords);
  }

  /** Adds the glossary's other-language terms to the groups an entry covers, longest entries first. */
  #translate(groups: Group[]): string[] {
    const translations: string[] = [];
    const words = groups.map((g) => new Set(g.map((a) => a.term)));
    // Which entry's words covered each query word. Entries with the same words all apply: a concept whose Korean
    // term the site settled still has the notes' own variant (private registry: 사설 레지스트리, 개인 저장소).
    const covered = new Map<number, string>();
    for (const { from, to } of this.#glossary) {
      const key = from.join(' ');
      for (let start = 0; start + from.length <= words.length; start++) {
        const span = from.map((_, k) => start + k);
        if (span.some((i, k) => (covered.has(i) && covered.get(i) !== key) || !words[i]!.has(from[k]!))) continue;
        const target = this.terms(to);
        span.forEach((i, k) => {
          covered.set(i, key);
          const terms = target.length === span.length ? [target[k]!] : target;
          for (const term of terms) if (!words[i]!.has(term)) groups[i]!.push({ term, weight: 1, translated: true });
        });
        // There and back: one word stands for the others of its language with the same one-word counterpart, the
        // notes' other spellings of a term (`명령어` and `명령` are both `command`: `rm 명령어` is `rm 명령으로…`).
        if (span.length === 1 && target.length === 1) {
          const group = groups[start]!;
          for (const other of this.#glossary) if (other.to === to && other.from.length === 1 && !group.some((a) => a.term === other.from[0])) group.push({ term: other.from[0]!, weight: 1, translated: true });
        }
        translations.push(to);
      }
    }
    return translations;
  }
}

/**
 * `a running container`, `실행 중인 컨테이너`: the state a command presupposes, not what is asked about. Kept
 * out of the query when a word follows it, so `stop a running container` is about stopping, not `docker run`.
 */
const STATE_MODIFIERS = new Set(['running', '실행중인', '중인']);
function withoutStateModifiers(tokens: Token[]): Token[] {
  const drop = new Set<number>();
  tokens.forEach((token, i) => {
    if (i === tokens.length - 1 || !(STATE_MODIFIERS.has(token.word) || STATE_MODIFIERS.has(token.term))) return;
    drop.add(i);
    // `실행 중인` written apart: 실행 belongs to the modifier.
    if (token.term === '중인' && tokens[i - 1]?.term === '실행') drop.add(i - 1);
  });
  return tokens.filter((_, i) => !drop.has(i));
}

// An ordinary English word is not a typo just because no heading uses it.
const isCommonWord = (word: string) => ENGLISH_STOPWORDS.has(word);
