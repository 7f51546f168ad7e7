import { test } from 'node:test';
import assert from 'node:assert/strict';
import { linkAt, targetSpans, type Span } from '../../src/components/tap-targets.ts';

const width = (s: Span) => s.right - s.left;
const holds = (target: Span, text: Span) => target.left <= text.left && target.right >= text.right;

test('a link on its own gets a 24 px target centred on its text', () => {
  assert.deepEqual(targetSpans([{ left: 100, right: 114 }]), [{ left: 95, right: 119 }]);
  assert.deepEqual(targetSpans([{ left: 100, right: 160 }]), [{ left: 100, right: 160 }], 'a wide link is its own target');
});

test('two flags one space apart (-d -p) each get 24 px, meeting in the middle of the space', () => {
  const texts = [{ left: 0, right: 14 }, { left: 21, right: 35 }];
  const [d, p] = targetSpans(texts);
  assert.equal(width(d!), 24);
  assert.equal(width(p!), 24);
  assert.equal(d!.right, p!.left, 'they meet, never overlap');
  assert.equal(d!.right, 17.5);
  assert.ok(holds(d!, texts[0]!) && holds(p!, texts[1]!));
});

test('a run of four short flags: every target 24 px, in order, none overlapping, each holding its text', () => {
  const texts = [0, 21, 42, 63].map((left) => ({ left, right: left + 14 }));
  const spans = targetSpans(texts);
  spans.forEach((span, i) => {
    assert.ok(width(span) >= 24 - 1e-9, `target ${i} is ${width(span)} px`);
    assert.ok(holds(span, texts[i]!), `target ${i} holds its text`);
    if (i) assert.ok(span.left >= spans[i - 1]!.right - 1e-9, `target ${i} overlaps the one before`);
  });
});

test('packed too tight for 24 px each: the gaps are split at their middle, nothing overlaps', () => {
  const texts = [0, 21, 42, 63, 84, 105].map((left) => ({ left, right: left + 14 }));
  const spans = targetSpans(texts);
  spans.forEach((span, i) => {
    assert.ok(holds(span, texts[i]!));
    if (i) assert.ok(span.left >= spans[i - 1]!.right - 1e-9);
  });
});

test('a tap goes to the link whose target holds it, on the nearest line, and to none outside every target', () => {
  const line = (top: number, ...lefts: number[]) => lefts.map((left) => ({ link: `${top}:${left}`, left, right: left + 14, top, bottom: top + 19 }));
  const links = [...line(0, 0, 21), ...line(19, 0)];
  assert.equal(linkAt(16, 9, links), '0:0', 'in the space, left of the middle: -d');
  assert.equal(linkAt(19, 9, links), '0:21', 'right of the middle: -p');
  assert.equal(linkAt(7, 25, links), '19:0', 'the next line down');
  assert.equal(linkAt(200, 9, links), undefined);
  assert.equal(linkAt(7, 60, links), undefined, 'too far below');
});
