import { test } from 'node:test';
import assert from 'node:assert/strict';
import { titleTrail } from '../../src/html/title-trail.ts';

test('a trail of titles writes each once: a title repeating the one before it, or empty, is left out', () => {
  assert.equal(titleTrail(['Official Guide', 'Official Guide', 'Part 3']), 'Official Guide › Part 3', 'a note of one chapter is titled as its chapter');
  assert.equal(titleTrail(['', 'Chapter 3', 'Stopping']), 'Chapter 3 › Stopping');
  assert.equal(titleTrail(['Note', 'Chapter', '']), 'Note › Chapter');
  assert.equal(titleTrail(['Docker', 'Images', 'Docker']), 'Docker › Images › Docker', 'only a title next to itself is a repeat');
});
