/**
 * Orders the passages Pagefind found the way a reader expects. Pagefind matches words by prefix and
 * scores whole records; on top of its score this module applies rules that hold for any query:
 *
 * - coverage: how many of the query's words a passage holds as whole words (`로그` is not `로그인`), each
 *   weighted by how rare it is across all of this language's passages, so the word that names the topic
 *   (`alpine`, `cgroups`) counts more than the common ones around it;
 * - title: a heading that holds the whole query, or nearly, is what was asked for; a flag's name counts as
 *   its words (`--memory-swap` is `memory swap`), so `--memory` fits `memory` better than `--memory-swap`; a
 *   command's other names are its titles too (`docker rm` is `docker container remove`);
 * - phrase: the query's words side by side in the passage, as a multi-word term is written (`copy on write`,
 *   `bind mount`), count more than the same words scattered;
 * - command: a word that names a Docker command (`stop all containers`) lifts that command's entry and the
 *   notes' passages whose code runs it;
 * - length: a passage far longer than most holds a question's words by chance, and counts less (English index);
 * - reader phrases: a passage one of whose reader phrases holds the whole query comes first;
 * - what answers: an option's row for a question asking what or why, a command's examples for any question not
 *   asking for examples, and a legacy flag not named, each count less than the passage that explains.
 */
import { excerpt, type ExcerptPart } from './excerpt.ts';
import type { Passage } from './index-data.ts';
import { PHRASE_SEPARATOR } from './index-data.ts';
import { KOREAN_STOPWORDS } from './korean.ts';
import { EXAMPLES_SECTION } from '../reference/section-ids.ts';
import { COMMAND_GROUP_WORDS } from './lexicon.ts';
import type { Alternative, Group } from './query.ts';
import { ENGLISH_STOP_TERMS, termOf } from './terms.ts';
import {
  CAPITALS_TITLE_BONUS, CITED_BONUS, COMMAND_ENTRY_BONUS, COMMAND_RUN_BONUS, COVERAGE_POWER, EXACT_TITLE_BONUS, EXAMPLES_WEIGHT, EXPLANATION_OPTION_WEIGHT, LEGACY_WEIGHT, LONG_PASSAGE_POWER,
  LONG_PASSAGE_WORDS, NEAR_TITLE_SHARE,
  PAGEFIND_SCORE_POWER, PHRASE_BONUS, UNUSED_FLAG_SEARCH_WEIGHT, UNUSED_FLAG_WEIGHT, PHRASE_ONLY_WEIGHT, PREFIX_WEIGHT, SIDE_BY_SIDE_BONUS, TITLE_BONUS, TITLE_BONUS_BASE, TITLE_WORD_BONUS, UNNAMED_GROUP_WEIGHT, USAGE_BONUS,
} from './settings.ts';

export interface Candidate {
  passage: Passage;
  /** Pagefind's score for the record. */
  score: number;
}

export interface SearchHit {
  url: string;
  title: string;
  context: string;
  excerpt: ExcerptPart[];
  /** Share of the query's words (weighted by rarity) this passage holds as whole words. */
  coverage: number;
  score: number;
  /** How many of the query's words the passage holds at all (a prefix counts). */
  answered: number;
  /** How many of the query's words the passage holds as whole words. */
  whole: number;
}

/** What the re-ranking knows of the query besides its words. */
export interface QueryFacts {
  /** The query's words in order, as indexes of their groups (a word typed twice twice): matched side by side as a phrase. */
  sequence?: number[];
  /** Reference entries named by a command word of the query (`stop` -> `stop`). */
  commands?: string[];
  /** The query asks for an explanation and names no option: an option's row is seldom the answer. */
  explains?: boolean;
  /** Words typed in capitals (`VOLUME`): a title that writes one the same way names it. */
  capitals?: string[];
  /** Per group: how many of this language's passages hold its word, and how many passages there are. */
  counts?: { held: number[]; passages: number };
  /** A passage past LONG_PASSAGE_WORDS counts less: on the English index (pagefind-search.ts; settings.ts says why). */
  longPassages?: boolean;
}

const isStopTerm = (term: string) => ENGLISH_STOP_TERMS.has(term) || KOREAN_STOPWORDS.has(term);

/**
 * A title's words, each a list of the terms that stand for it: a flag (`--memory-swap`) stands as itself and
 * as its name's words, so `memory` is in `docker run --memory`. Numbers and words that carry no meaning are left out.
 */
function titleWords(terms: string[], names: ReadonlySet<string> = new Set()): string[][] {
  const words: string[][] = [];
  let flag: string[] | undefined;
  for (const term of terms) {
    if (/^\d+$/.test(term) || (isStopTerm(term) && !names.has(term))) continue;
    if (!term.startsWith('-')) {
      // A hyphenated word (`user-defined`) stands as itself and as its words, as a flag's name does.
      words.push(term.includes('-') ? [term, ...term.split('-').filter(Boolean).map(termOf)] : [term]);
      flag = undefined;
      continue;
    }
    // A flag's short and long names side by side (`-m, --memory`) are one word of the title.
    if (!flag) words.push((flag = []));
    flag.push(term, ...term.replace(/^-+/, '').split(/[-_]+/).filter((part) => part.length > 1).map(termOf));
  }
  return words;
}

/**
 * How much of one title word the query asks for: a word, all or nothing; a hyphenated word, all when named whole, else the share of its words; a flag, all when named as written
 * (`--memory`), else the share of its name's words (`memory` is half of `--memory-swap`).
 */
function unitFit(unit: string[], query: Set<string>): number {
  if (unit.length > 1 && !unit[0]!.startsWith('-')) return query.has(unit[0]!) ? 1 : unit.slice(1).filter((w) => query.has(w)).length / (unit.length - 1);
  const names = unit.filter((t) => t.startsWith('-'));
  if (!names.length || names.some((t) => query.has(t))) return unit.some((t) => query.has(t)) ? 1 : 0;
  const words = unit.filter((t) => !t.startsWith('-'));
  return words.length ? words.filter((w) => query.has(w)).length / words.length : 0;
}

/**
 * A hyphenated word (`copy-on-write`, `docker-compose`) also stands as its words, in order, so they match
 * one by one and side by side.
 */
function withParts(terms: string[]): string[] {
  return terms.flatMap((t) => (t.includes('-') && !t.startsWith('-') ? [t, ...t.split('-').filter(Boolean).map(termOf)] : [t]));
}

/**
 * The share of the query's side-by-side word pairs (`sequence`: group indexes in the order typed) that stand
 * side by side in `text` too, any of a group's terms standing for it (a glossary counterpart included, so
 * `union file system` finds `유니온 파일 시스템` written together).
 */
function pairsSideBySide(sequence: number[], groups: Group[], text: string[]): number {
  if (sequence.length < 2) return 0;
  const pairs = new Set<string>();
  for (let i = 1; i < text.length; i++) pairs.add(`${text[i - 1]} ${text[i]}`);
  let found = 0;
  for (let i = 1; i < sequence.length; i++) {
    const [left, right] = [groups[sequence[i - 1]!]!, groups[sequence[i]!]!];
    if (left.some((a) => right.some((b) => pairs.has(`${a.term} ${b.term}`)))) found++;
  }
  return found / (sequence.length - 1);
}

/** True when the passage is a command's entry (or one of its flags), or a note's passage whose code runs it. */
const commandOf = (passage: Passage, id: string) => (passage.kind === 'reference' ? new RegExp(`/reference/${id}/(#|$)`).test(passage.url) : ` ${passage.runs ?? ''} `.includes(` ${id} `));

/**
 * The group a reference entry's command sits in (`compose` of `docker compose logs --tail`, `volume` of
 * `docker volume rm`), as an index term; undefined for a top-level command (`docker logs`).
 */
function commandGroupOf(passage: Passage): string | undefined {
  if (passage.kind !== 'reference') return undefined;
  const [docker, group, verb] = passage.title.toLowerCase().split(/\s+/);
  return docker === 'docker' && group && verb && !verb.startsWith('-') && COMMAND_GROUP_WORDS.has(group) ? termOf(group) : undefined;
}

/** True when the title writes one of the query's words typed in capitals the same way (`VOLUME`, not `volume`). */
export const namesInCapitals = (title: string, capitals: readonly string[] = []) =>
  capitals.length > 0 && title.split(/[^A-Za-z0-9_]+/).some((word) => capitals.includes(word));

/**
 * `terms` turns text into index terms (query.ts QueryAnalyzer.terms); `phraseTerms` a reader phrase into the terms
 * it is fitted by, as a query's words are read (QueryAnalyzer.phraseTerms).
 */
export function rerank(
  candidates: Candidate[],
  groups: Group[],
  terms: (text: string) => string[],
  facts: QueryFacts = {},
  phraseTerms: (text: string) => string[] = (text) => terms(text).filter((t) => !isStopTerm(t)),
): SearchHit[] {
  const holds = (words: Set<string>) => groups.filter((g) => g.some((a) => words.has(a.term))).length;
  const capitalTerms = new Set((facts.capitals ?? []).flatMap((word) => terms(word)));
  const features = candidates.map(({ passage }) => {
    // A command entry's other names are its titles too: the one holding most of the query counts. A word the query
    // typed in capitals and a title writes so is a name, even one that is a stopword in small letters (`FROM`).
    const [titleTerms, titleUnits] = [passage.title, ...(passage.aliases?.split(PHRASE_SEPARATOR) ?? [])]
      .map((name) => [terms(name), titleWords(terms(name), namesInCapitals(name, facts.capitals) ? capitalTerms : undefined)] as const)
      .reduce((a, b) => (holds(new Set(b[1].flat())) > holds(new Set(a[1].flat())) ? b : a));
    const title = new Set(titleUnits.flat());
    const phraseList = (passage.phrases ?? '').split(PHRASE_SEPARATOR);
    const phrases = phraseList.map((p) => new Set(phraseTerms(p)));
    // Side by side is read in the words as written: `force remove a running container` does not put `remove` beside `container`.
    const phraseWords = phraseList.map((p) => terms(p));
    const text = withParts(terms(passage.text));
    const own = new Set([...titleTerms, ...title, ...text]);
    return { title, titleUnits, phrases, phraseWords, own, text, titleTerms, all: new Set([...own, ...phrases.flatMap((p) => [...p])]) };
  });
  // A word few passages hold tells them apart more than one most hold (`use`, `docker`). Counted over the whole
  // index when the search knows the counts; else over the candidates.
  const rarity = groups.map((g, i) => {
    const counts = facts.counts;
    // A word no passage holds (`actually`, `귀찮은데`) says nothing about which passage answers: it weighs nothing.
    if (counts && counts.held[i] !== undefined) return counts.held[i] ? Math.log(1 + counts.passages / counts.held[i]!) : 0;
    return Math.log(1 + candidates.length / (1 + features.filter((f) => g.some((a) => f.all.has(a.term))).length));
  });
  const total = rarity.reduce((a, b) => a + b, 0) || 1;
  const inQuery = (p: Set<string>) => p.size > 0 && [...p].every((w) => groups.some((g) => g.some((a) => a.term === w)));
  const queryTerms = new Set(groups.flatMap((g) => g.map((a) => a.term)));
  const sequence = facts.sequence ?? [];
  const hits = candidates.map(({ passage, score }, index) => {
    const { title, titleUnits, phrases, phraseWords, own, text, titleTerms, all } = features[index]!;
    const list = [...all];
    // A reader phrase holding every word, the more so the fewer other words it has: `remove a container` is rm's, not prune's.
    // Or one the query holds whole, in proportion: `컨테이너 안에서 명령` for `컨테이너 안에서 명령 실행`.
    const fits = phrases.map((p) => (holds(p) === groups.length ? groups.length / Math.max(p.size, groups.length) : inQuery(p) ? p.size / groups.length : 0));
    const fit = Math.max(0, ...fits);
    const fitting = new Set(phrases.filter((_, i) => fits[i]! > 0).flatMap((p) => [...p]));
    let coverage = 0;
    let answered = 0;
    let whole = 0;
    let titleShare = 0;
    groups.forEach((group, i) => {
      // A typed word only a reader phrase holds, out of that phrase's context, says less: `add files` is COPY's
      // phrase, not ADD. A glossary counterpart is different: phrases in the other language are how it is found.
      const held = (a: Alternative) => (own.has(a.term) || fitting.has(a.term) || a.translated ? 1 : PHRASE_ONLY_WEIGHT);
      const best = Math.max(0, ...group.filter((a) => all.has(a.term)).map((a) => Math.min(1, a.weight) * held(a)));
      const prefix = best ? 0 : group.some((a) => list.some((w) => w.startsWith(a.term))) ? PREFIX_WEIGHT : 0;
      if (best || prefix) answered++;
      if (best) whole++;
      coverage += (rarity[i]! * Math.max(best, prefix)) / total;
      if (group.some((a) => title.has(a.term))) titleShare += rarity[i]! / total;
    });
    let boosted = score ** PAGEFIND_SCORE_POWER;
    const inTitle = holds(title);
    const exactTitle = inTitle === groups.length && titleUnits.length === groups.length;
    // The share of the title's own words that the query asks for: `--memory` is all `memory`, `--memory-swap` half.
    const precision = titleUnits.length ? titleUnits.reduce((sum, unit) => sum + unitFit(unit, queryTerms), 0) / titleUnits.length : 0;
    if (inTitle === groups.length) {
      // A title holding the whole query, the more so the less else it holds: `rm 명령으로 컨테이너 삭제하기` over a longer title that also mentions both.
      boosted *= 1 + TITLE_BONUS * (TITLE_BONUS_BASE + ((1 - TITLE_BONUS_BASE) * groups.length) / Math.max(titleUnits.length, groups.length));
      if (exactTitle) boosted *= EXACT_TITLE_BONUS[passage.kind];
    } else if (groups.length > 1 && titleShare >= NEAR_TITLE_SHARE) {
      // Nearly the whole query, by weight: `what is a docker image` and the heading `What is an image?`.
      boosted *= 1 + TITLE_BONUS * titleShare ** 2 * (TITLE_BONUS_BASE + (1 - TITLE_BONUS_BASE) * precision);
    } else if (inTitle > 0) {
      boosted *= 1 + TITLE_WORD_BONUS * titleShare * precision;
    }
    // A long passage holds many words, and so, by chance, several of a question's: `pull a config file out of a running
    // container` is not the notes' longest section, which has them all.
    if (facts.longPassages && text.length > LONG_PASSAGE_WORDS) boosted *= (LONG_PASSAGE_WORDS / text.length) ** LONG_PASSAGE_POWER;
    boosted *= 1 + PHRASE_BONUS * fit ** 2;
    // A phrase that is the query word for word names the entry as surely as its title would.
    if (fit === 1 && !exactTitle) boosted *= EXACT_TITLE_BONUS[passage.kind];
    // The query's words side by side, as a term is written: in the title, or in the text.
    const sideBySide = Math.max(...[withParts(titleTerms), text, ...phraseWords].map((words) => pairsSideBySide(sequence, groups, words.filter((t) => !isStopTerm(t)))));
    boosted *= 1 + SIDE_BY_SIDE_BONUS * sideBySide;
    // A command the query names by its verb: its entry, and the notes' passages that run it.
    if (facts.commands?.some((id) => commandOf(passage, id))) boosted *= passage.kind === 'reference' ? COMMAND_ENTRY_BONUS : COMMAND_RUN_BONUS;
    // A word typed in capitals is a name (`VOLUME` the instruction, not volumes at large): a title writing it so is about it.
    if (namesInCapitals(passage.title, facts.capitals)) boosted *= CAPITALS_TITLE_BONUS;
    // Between entries that name the query, the one the notes use more: `-v` of `docker run`, not of `docker-compose`.
    if (inTitle > 0 && passage.uses) boosted *= 1 + USAGE_BONUS * Math.log1p(passage.uses);
    if (inTitle > 0 && passage.cited) boosted *= 1 + CITED_BONUS * Math.log1p(passage.cited);
    // A flag the notes never use, not asked for by name, is seldom what a reader who describes it means.
    if (passage.uses !== undefined && passage.uses <= UNUSED_FLAG_SEARCH_WEIGHT && ![...queryTerms].some((t) => t.startsWith('-') && title.has(t))) boosted *= UNUSED_FLAG_WEIGHT;
    // A question asking what something is or why, naming no option, is seldom answered by an option's row: `what do
    // cgroups do` is the notes' passage on cgroups, not `--cgroup-parent`.
    if (facts.explains && passage.kind === 'reference' && passage.url.includes('#')) boosted *= EXPLANATION_OPTION_WEIGHT;
    // A command's examples hold many commands and words side by side, and so the words of many questions they do not
    // answer: the flag's row or the notes' passage explains. Asked for as examples, they are still found by their title.
    if (passage.kind === 'reference' && passage.url.endsWith(`#${EXAMPLES_SECTION}`) && !inTitle) boosted *= EXAMPLES_WEIGHT;
    // A legacy flag or command answers only when asked for by name: `--memory` of the legacy builder is not how to limit memory.
    if (passage.legacy && inTitle < groups.length) boosted *= LEGACY_WEIGHT;
    // A command of a group the query does not name answers less: `the last lines of a container's log` is
    // `docker logs --tail`, not `docker compose logs --tail`; `remove a container` is not `docker volume rm`.
    const group = commandGroupOf(passage);
    if (group && ![...queryTerms].some((t) => t === group || t.split('-').includes(group))) boosted *= UNNAMED_GROUP_WEIGHT;
    const matched = new Set([...queryTerms].filter((t) => all.has(t)));
    return {
      url: passage.url,
      title: passage.title,
      context: passage.context,
      // A hyphenated word shows as matched by its words too: `zero downtime` in `Zero-downtime deployment`.
      excerpt: excerpt(passage.text, (t) => withParts(terms(t.word)).some((part) => matched.has(part))),
      coverage,
      answered,
      whole,
      score: boosted * coverage ** COVERAGE_POWER,
    };
  });
  return hits.sort((a, b) => b.score - a.score);
}
