import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { buildCommandIndex } from '../../src/reference/command-index.ts';
import { loadReferenceEntries } from '../../src/content/load-entries.ts';
import { chapterProblems } from '../../src/markdown/validate-chapter.ts';

const index = buildCommandIndex(loadReferenceEntries(join(import.meta.dirname, '../../content/commands')));
const site = { pages: new Map([['/ko/notes/a/b/', new Set<string>()]]) };

test('a chapter whose code uses a command Docker removed fails with the line and the replacement', () => {
  const mdx = ['## 제목 { #title }', '', '```sh', 'sudo service docker stop', 'docker -d -H tcp://0.0.0.0:4243', '```', ''].join('\n');
  const problems = chapterProblems(mdx, '/ko/notes/a/b/', site, index, new Map());
  assert.equal(problems.length, 1, JSON.stringify(problems));
  assert.equal(problems[0]!.line, 5);
  assert.match(problems[0]!.message, /docker -d was removed in Docker 1\.10; use dockerd/);
});

test('the corrected command passes', () => {
  const mdx = ['```sh', 'dockerd -H tcp://0.0.0.0:4243', 'sudo docker image inspect -f "{{ .Config.OnBuild }}" example', '```'].join('\n');
  assert.deepEqual(chapterProblems(mdx, '/ko/notes/a/b/', site, index, new Map()), []);
});
