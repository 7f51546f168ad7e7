import { test } from 'node:test';
import assert from 'node:assert/strict';
import { headingIdProblems } from '../../src/markdown/headings.ts';

test('explicit unique ASCII ids pass', () => {
  assert.deepEqual(
    headingIdProblems([
      { depth: 2, slug: 'volumes', text: '볼륨' },
      { depth: 3, slug: 'bind-mounts-2', text: '바인드 마운트' },
    ]),
    [],
  );
});

test('a generated Korean id and a duplicate id are both reported', () => {
  const problems = headingIdProblems([
    { depth: 2, slug: '볼륨-마운트', text: '볼륨 마운트' },
    { depth: 2, slug: 'run', text: 'run' },
    { depth: 3, slug: 'run', text: 'run 옵션' },
  ]);
  assert.equal(problems.length, 2);
  assert.match(problems[0]!, /write an explicit ASCII id/);
  assert.match(problems[1]!, /"run" is used twice/);
});
