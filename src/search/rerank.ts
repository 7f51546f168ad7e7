/**
 * Orders the passages Pagefind found the way a reader expects. Pagefind matches words by prefix and
 * scores whole records; on top of its score this module counts how many of the query's words a
 * passage holds as whole words (`로그` is not `로그인`), weighting rare words more, and lifts passages
 * whose title or one reader phrase holds the whole query.
 */
import { excerpt, type ExcerptPart } from './excerpt.ts';
import type { Passage } from './index-data.ts';
import { PHRASE_SEPARATOR } from './index-data.ts';
import type { Alternative, Group } from './query.ts';
import { CORRECTION_WEIGHT } from './query.ts';
import { ENGLISH_STOPWORDS } from './terms.ts';
import {
  CITED_BONUS, COVERAGE_POWER, EXACT_TITLE_BONUS, PHRASE_BONUS, PHRASE_ONLY_WEIGHT, PREFIX_WEIGHT, TITLE_BONUS, USAGE_BONUS,
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
  /** How many of the query's words the passage holds at all. */
  answered: number;
}

/** `terms` turns text into index terms (query.ts QueryAnalyzer.terms). */
export function rerank(candidates: Candidate[], groups: Group[], terms: (text: string) => string[]): SearchHit[] {
  const holds = (words: Set<string>) => groups.filter((g) => g.some((a) => a.weight >= CORRECTION_WEIGHT && words.has(a.term))).length;
  const features = candidates.map(({ passage }) => {
    const title = new Set(terms(passage.title).filter((t) => !/^\d+$/.test(t)));
    const phrases = (passage.phrases ?? '').split(PHRASE_SEPARATOR).map((p) => new Set(terms(p).filter((t) => !ENGLISH_STOPWORDS.has(t))));
    const own = new Set([...title, ...terms(passage.text)]);
    return { title, phrases, own, all: new Set([...own, ...phrases.flatMap((p) => [...p])]) };
  });
  // A word few of the candidates hold tells them apart more than one they all hold (`use`, `docker`).
  const rarity = groups.map((g) => Math.log(1 + candidates.length / (1 + features.filter((f) => g.some((a) => f.all.has(a.term))).length)));
  const total = rarity.reduce((a, b) => a + b, 0) || 1;
  const inQuery = (p: Set<string>) => p.size > 0 && [...p].every((w) => groups.some((g) => g.some((a) => a.term === w)));
  const hits = candidates.map(({ passage, score }, index) => {
    const { title, phrases, own, all } = features[index]!;
    const list = [...all];
    // A reader phrase holding every word, the more so the fewer other words it has: `remove a container` is rm's, not prune's.
    // Or one the query holds whole, in proportion: `컨테이너 안에서 명령` for `컨테이너 안에서 명령 실행`.
    const fits = phrases.map((p) => (holds(p) === groups.length ? groups.length / Math.max(p.size, groups.length) : inQuery(p) ? p.size / groups.length : 0));
    const fit = Math.max(0, ...fits);
    const fitting = new Set(phrases.filter((_, i) => fits[i]! > 0).flatMap((p) => [...p]));
    let coverage = 0;
    let answered = 0;
    groups.forEach((group, i) => {
      // A typed word only a reader phrase holds, out of that phrase's context, says less: `add files` is COPY's
      // phrase, not ADD. A glossary counterpart is different: phrases in the other language are how it is found.
      const held = (a: Alternative) => (own.has(a.term) || fitting.has(a.term) || a.translated ? 1 : PHRASE_ONLY_WEIGHT);
      const whole = Math.max(0, ...group.filter((a) => all.has(a.term)).map((a) => Math.min(1, a.weight) * held(a)));
      const prefix = whole ? 0 : group.some((a) => list.some((w) => w.startsWith(a.term))) ? PREFIX_WEIGHT : 0;
      if (whole || prefix) answered++;
      coverage += (rarity[i]! * Math.max(whole, prefix)) / total;
    });
    let boosted = score;
    const inTitle = holds(title);
    // A title holding the whole query, the more so the less else it holds: `rm 명령으로 컨테이너 삭제하기` over a longer title that also mentions both.
    if (inTitle === groups.length) boosted *= 1 + TITLE_BONUS * (0.5 + (0.5 * groups.length) / Math.max(title.size, groups.length));
    if (inTitle === groups.length && title.size === groups.length) boosted *= EXACT_TITLE_BONUS[passage.kind];
    boosted *= 1 + PHRASE_BONUS * fit ** 2;
    // A phrase that is the query word for word names the entry as surely as its title would.
    if (fit === 1 && !(inTitle === groups.length && title.size === groups.length)) boosted *= EXACT_TITLE_BONUS[passage.kind];
    // Between entries that name the query, the one the notes use more: `-v` of `docker run`, not of `docker-compose`.
    if (inTitle > 0 && passage.uses) boosted *= 1 + USAGE_BONUS * Math.log1p(passage.uses);
    if (inTitle > 0 && passage.cited) boosted *= 1 + CITED_BONUS * Math.log1p(passage.cited);
    const matched = new Set(groups.flatMap((g) => g.map((a) => a.term)).filter((t) => all.has(t)));
    return {
      url: passage.url,
      title: passage.title,
      context: passage.context,
      excerpt: excerpt(passage.text, (t) => terms(t.word).some((part) => matched.has(part))),
      coverage,
      answered,
      score: boosted * coverage ** COVERAGE_POWER,
    };
  });
  return hits.sort((a, b) => b.score - a.score);
}
