import { test } from 'node:test';
import assert from 'node:assert/strict';
import { headingIdProblems } from '../../src/markdown/headings.ts';
import { parseChapter } from '../../src/mdx/chapter.ts';

const problems = (...lines: string[]) => headingIdProblems(parseChapter(lines.join('\n')).headings);

test('explicit unique ASCII ids pass', () => {
  assert.deepEqual(problems('## 볼륨 { #volumes }', '', '### 바인드 마운트 { #bind-mounts-2 }'), []);
});

test('a heading without an id, a Korean id and a duplicate id are each reported on their line', () => {
  assert.deepEqual(problems('## 볼륨 마운트', '', '## run { #run }', '', '### run 옵션 { #run }', '', '## 볼륨 { #볼륨 }'), [
    { line: 1, message: 'heading "볼륨 마운트" has no id: write an explicit ASCII id, e.g. "## 볼륨 마운트 { #some-id }"' },
    { line: 5, message: 'heading id "run" is already used on line 3' },
    { line: 7, message: 'heading "볼륨" has id "볼륨": write an explicit ASCII id, e.g. "## 볼륨 { #some-id }"' },
  ]);
});
