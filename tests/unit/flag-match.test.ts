import { test } from 'node:test';
import assert from 'node:assert/strict';
import { flagMatchRank } from '../../src/reference/flag-match.ts';

test('an exact name ranks first, with or without its dashes', () => {
  assert.equal(flagMatchRank(['--publish', '-p'], '--publish'), 0);
  assert.equal(flagMatchRank(['--publish', '-p'], 'publish'), 0);
  assert.equal(flagMatchRank(['--publish', '-p'], 'p'), 0);
  assert.equal(flagMatchRank(['--publish', '-p'], '-p'), 0);
});

test('a name that starts with the query comes next', () => {
  assert.equal(flagMatchRank(['--publish-all', '-P'], 'publish'), 1);
  assert.equal(flagMatchRank(['--publish-all', '-P'], '--pub'), 1);
});

test('a query typed with dashes matches only names written with them', () => {
  assert.equal(flagMatchRank(['--rm'], '-rm'), 2);
  assert.equal(flagMatchRank(['--rm'], 'rm'), 0);
});

test('names are compared as written: -p is not -P', () => {
  assert.equal(flagMatchRank(['--publish-all', '-P'], '-p'), 2);
  assert.equal(flagMatchRank(['--publish-all', '-P'], '-P'), 0);
});

test('a row found by its description only ranks last', () => {
  assert.equal(flagMatchRank(['--memory', '-m'], 'limit'), 2);
});
