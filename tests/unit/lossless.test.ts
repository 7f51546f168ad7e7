import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findMissingLines, htmlText, requiredFragments, stripMarkdown } from '../../src/checks/lossless.ts';

test('markdown syntax is stripped, the words are kept', () => {
  assert.equal(stripMarkdown(' - **볼륨** 은 `docker volume` 으로'), '볼륨은dockervolume으로');
  assert.equal(stripMarkdown('## [Part1. Orientation](https://docs.docker.com/get-started/)'), 'Part1.Orientation');
  assert.equal(stripMarkdown('- [x] 1장. Docker'), '1장.Docker');
  assert.equal(stripMarkdown('$docker run --rm hello-world'), 'dockerrun--rmhello-world');
});

test('placeholders in angle brackets are text, real HTML tags are not', () => {
  assert.equal(stripMarkdown('`docker rm <container-id>`'), 'dockerrm<container-id>');
  assert.equal(stripMarkdown('<img src="a.png" alt="x" style="zoom:50%;" />'), '');
  assert.equal(stripMarkdown('`<이미지 이름>`'), '<이미지이름>');
});

test('table rows give one fragment per cell, separator rows none', () => {
  assert.deepEqual(requiredFragments('| 명령 | 설명 |'), ['명령', '설명']);
  assert.deepEqual(requiredFragments('|---|:---:|'), []);
  assert.deepEqual(requiredFragments('```shell'), []);
});

test('code lines keep backslashes and backticks, only the prompt goes', () => {
  assert.deepEqual(requiredFragments('\t$ echo \\"/bin/bash\\"', true), ['echo\\"/bin/bash\\"']);
  assert.deepEqual(requiredFragments('$ ', true), []);
});

test('built HTML is reduced to its visible text', () => {
  const html = '<p>a &lt;b&gt; <code>--rm</code></p><script>var hidden = 1</script><style>p{}</style>';
  assert.equal(htmlText(html), 'a<b>--rm');
});

test('a missing line is reported with its number; a correction is applied first', () => {
  const source = '# Title\n\n- docekr ps 실행\n- 없는 줄';
  const page = htmlText('<h1>Title</h1><ul><li>docker ps 실행</li></ul>');
  const fixes = [{ source: 'n.txt', line: 3, from: 'docekr', to: 'docker' }];
  const missing = findMissingLines('n.txt', source, page, fixes);
  assert.deepEqual(missing.map((m) => m.line), [4]);
});

test('a correction whose text is not on its line is an error, not a silent pass', () => {
  assert.throws(
    () => findMissingLines('n.txt', 'docker ps', 'dockerps', [{ source: 'n.txt', line: 1, from: 'docekr', to: 'docker' }]),
    /"docekr" is not on n.txt:1/,
  );
});
