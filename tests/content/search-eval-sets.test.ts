/**
 * The two evaluation sets (scripts/lib/search-eval.ts): large and varied enough to mean something, apart
 * from each other, and the hold-out set's words never copied into a reader phrase or the glossary.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { evalQueries, type EvalQuery } from '../../scripts/lib/search-eval.ts';
import { loadReferenceEntries } from '../../src/content/load-entries.ts';
import { glossaryTerms } from '../../src/search/build-index.ts';

const tune = evalQueries('tune');
const holdout = evalQueries('holdout');
const blind = evalQueries('blind');
const count = (queries: EvalQuery[], predicate: (q: EvalQuery) => boolean) => queries.filter(predicate).length;
const normal = (text: string) => text.trim().toLowerCase().replace(/[?？.!]+$/u, '').replace(/\s+/g, ' ');

test('the tune set covers flags, commands, questions and typos', () => {
  assert.ok(tune.length >= 150, `${tune.length} queries`);
  assert.ok(count(tune, (q) => q.category === 'flag') >= 20);
  assert.ok(count(tune, (q) => q.category === 'command') >= 20);
  assert.ok(count(tune, (q) => q.category === 'question') >= 60);
});

test('the hold-out set: 120 queries or more, half of each language, every kind of query the issue names', () => {
  assert.ok(holdout.length >= 120, `${holdout.length} queries`);
  assert.equal(count(holdout, (q) => q.lang === 'ko'), count(holdout, (q) => q.lang === 'en'));
  const at = (category: string, least: number) => assert.ok(count(holdout, (q) => q.category === category) >= least, `${category}: at least ${least}`);
  at('question', 60);
  at('cross-language', 15);
  at('typo', 10);
  at('concept', 10);
  at('verb', 10);
  assert.ok(count(holdout, (q) => q.category === 'typo' && q.lang === 'ko' && /[a-z]{4,}/i.test(q.query)) >= 3, 'Latin typos on the Korean site');
  for (const q of holdout) assert.ok(q.expect.every((url) => url.startsWith(`/${q.lang}/`)), `${q.query}: answers on its own site`);
});

test('the blind set: 60 queries or more in both languages, most of them questions, each answered on its own site', () => {
  assert.ok(blind.length >= 60, `${blind.length} queries`);
  for (const lang of ['ko', 'en']) assert.ok(count(blind, (q) => q.lang === lang && q.category === 'question') >= 20, `${lang}: at least 20 questions`);
  for (const q of blind) assert.ok(q.expect.length && q.expect.every((url) => url.startsWith(`/${q.lang}/`)), `${q.query}: answers on its own site`);
});

test('no query is in two sets', () => {
  const key = (q: EvalQuery) => `${q.lang} ${normal(q.query)}`;
  const sets = { tune, holdout, blind };
  for (const [a, first] of Object.entries(sets)) {
    for (const [b, second] of Object.entries(sets)) {
      if (a >= b) continue;
      const inFirst = new Set(first.map(key));
      assert.deepEqual(second.filter((q) => inFirst.has(key(q))).map((q) => q.query), [], `${a} and ${b}`);
    }
  }
});

test('no hold-out or blind query is a reader phrase or a glossary term', () => {
  const held = new Set([...holdout, ...blind].map((q) => normal(q.query)));
  const copied: string[] = [];
  for (const { id, data } of loadReferenceEntries('./content/commands')) {
    const phrases = data.phrases ? [data.phrases, ...Object.values(data.phrases.options)] : [];
    for (const p of phrases) for (const phrase of [...p.ko, ...p.en]) if (held.has(normal(phrase))) copied.push(`${id}: ${phrase}`);
  }
  for (const terms of glossaryTerms('./content/glossary.yaml')) for (const term of Object.values(terms)) if (held.has(normal(term))) copied.push(`glossary: ${term}`);
  assert.deepEqual(copied, []);
});
