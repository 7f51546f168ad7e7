import { test } from 'node:test';
import assert from 'node:assert/strict';
import { currentSectionIndex, readingLine } from '../../src/reading/reading-line.ts';

test('the reading line is a third of the way down the window', () => {
  assert.equal(readingLine(900), 300);
  assert.equal(readingLine(844), 844 / 3);
});

test('the section being read is the last heading at or above the reading line', () => {
  // A heading 100 px below a 56 px header on an 844 px phone is being read, not the section before it.
  assert.equal(currentSectionIndex([-800, -20, 156, 900], 844), 2);
  assert.equal(currentSectionIndex([-800, -20, 282, 900], 844), 1);
  assert.equal(currentSectionIndex([-800, 300, 600], 900), 1);
});

test('above the first heading no section is being read', () => {
  assert.equal(currentSectionIndex([400, 900], 900), -1);
  assert.equal(currentSectionIndex([], 900), -1);
});
