import { test } from 'node:test';
import assert from 'node:assert/strict';
import { continueAt, continueLabel } from '../../src/reading/history.ts';

const ORDER = ['notes/a/front', 'notes/a/one', 'notes/a/two', 'notes/b/front'];

test('continue at the section last read in the chapter read most recently', () => {
  const progress = { 'notes/a/one': { at: 2, section: 's2' }, 'notes/a/front': { at: 1, done: true } };
  assert.deepEqual(continueAt(progress, ORDER), { chapter: 'notes/a/one', section: 's2' });
});

test('a finished chapter leads to the next chapter not finished yet, also in the next note', () => {
  assert.deepEqual(continueAt({ 'notes/a/one': { at: 5, section: 'end', done: true } }, ORDER), { chapter: 'notes/a/two' });
  const progress = { 'notes/a/one': { at: 5, done: true }, 'notes/a/two': { at: 1, done: true } };
  assert.deepEqual(continueAt(progress, ORDER), { chapter: 'notes/b/front' });
});

test('nothing to continue without history, after the last chapter, or for a chapter the site no longer has', () => {
  assert.equal(continueAt({}, ORDER), undefined);
  assert.equal(continueAt({ 'notes/b/front': { at: 1, done: true } }, ORDER), undefined);
  assert.equal(continueAt({ 'notes/gone/x': { at: 1, done: true } }, ORDER), undefined);
});

test('the label names each title once', () => {
  assert.equal(continueLabel('Docker Made Easy', 'Docker Made Easy › 2.3.1 cmd'), 'Docker Made Easy › 2.3.1 cmd');
  assert.equal(continueLabel('Docker Made Easy', 'Chapter 1 › 1.2.1 Hypervisor'), 'Docker Made Easy › Chapter 1 › 1.2.1 Hypervisor');
  assert.equal(continueLabel(undefined, 'Chapter 1'), 'Chapter 1');
});
