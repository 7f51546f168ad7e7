import { test } from 'node:test';
import assert from 'node:assert/strict';
import { neighbours, readingOrder, splitChapterId, type ChapterRef } from '../../src/content/chapters.ts';

const ch = (note: string, chapter: string, order: number): ChapterRef => ({ lang: 'ko', note, chapter, title: chapter, order });

test('chapter ids split into language, note and chapter', () => {
  assert.deepEqual(splitChapterId('ko/fastest-docker/using-docker'), { lang: 'ko', note: 'fastest-docker', chapter: 'using-docker' });
  assert.throws(() => splitChapterId('ko/loose-file'), /expected content\/notes\/<lang>\/<note>\/<chapter>\.mdx/);
});

test('reading order follows notes.yaml, then chapter order', () => {
  const ordered = readingOrder([ch('b', 'two', 2), ch('a', 'only', 1), ch('b', 'one', 1)], ['a', 'b']);
  assert.deepEqual(ordered.map((c) => c.chapter), ['only', 'one', 'two']);
  assert.throws(() => readingOrder([ch('x', 'c', 1)], ['a']), /unknown note "x"/);
});

test('previous and next cross note boundaries and stop at the ends', () => {
  const ordered = [ch('a', 'only', 1), ch('b', 'one', 1), ch('b', 'two', 2)];
  assert.deepEqual(neighbours(ordered, ordered[1]!), { prev: ordered[0], next: ordered[2] });
  assert.equal(neighbours(ordered, ordered[0]!).prev, undefined);
  assert.equal(neighbours(ordered, ordered[2]!).next, undefined);
});
