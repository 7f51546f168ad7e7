import { test } from 'node:test';
import assert from 'node:assert/strict';
import { inPart, splitFlagIndex } from '../../src/reference/flag-index.ts';

const keys = (spec: Record<string, number>) => Object.entries(spec).flatMap(([letter, n]) => Array.from({ length: n }, (_, i) => `${letter}flag${i}`));

test('two parts cut at the letter nearest the middle, covering a to z', () => {
  const parts = splitFlagIndex(keys({ a: 30, c: 20, h: 10, i: 40, m: 30, s: 20 }), 2);
  assert.deepEqual(parts, [
    { slug: undefined, from: 'a', to: 'h' },
    { slug: 'i-z', from: 'i', to: 'z' },
  ]);
});

test('a cut falls before a large letter when that is nearer the share', () => {
  const parts = splitFlagIndex(keys({ a: 45, b: 50, c: 5 }), 2);
  assert.deepEqual(parts.map((p) => [p.from, p.to]), [['a', 'a'], ['b', 'z']]);
});

test('every key is in exactly one part, whatever the order and case of the keys', () => {
  const all = ['rm', 'Publish', 'add-host', 'volume', 'detach', 'interactive', 'tty', 'env', 'zeta', 'memory'];
  const parts = splitFlagIndex(all, 3);
  assert.equal(parts.length, 3);
  for (const key of all) assert.equal(parts.filter((p) => inPart(key, p)).length, 1, key);
});

test('one letter only: one part, nothing to cut', () => {
  assert.deepEqual(splitFlagIndex(keys({ r: 5 })), [{ slug: undefined, from: 'a', to: 'z' }]);
});

test('a sort key that does not start with a letter is refused, naming it', () => {
  assert.throws(() => splitFlagIndex(['rm', '9p']), /"9p" does not start with a letter/);
});
