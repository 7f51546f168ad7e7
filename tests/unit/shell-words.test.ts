import { test } from 'node:test';
import assert from 'node:assert/strict';
import { simpleCommands } from '../../src/reference/shell-words.ts';

const texts = (source: string) => simpleCommands(source).map((words) => words.map((w) => w.text).join(' '));

test('nested commands come after the command holding them, each nested text whole before the next', () => {
  assert.deepEqual(texts('a $(b $(c) `d`) && e $(f)'), ['a $(b $(c) `d`)', 'e $(f)', 'b $(c) `d`', 'c', 'd', 'f']);
});

test("each word's offsets point at it in the whole text, however deep it is nested", () => {
  const source = 'docker rm $(docker ps -q --filter "name=$(cat name)")';
  for (const words of simpleCommands(source)) {
    for (const word of words) {
      const unquoted = (text: string) => text.replace(/"/g, '');
      assert.equal(unquoted(source.slice(word.start, word.end)), unquoted(word.text), `${word.text} at ${word.start}`);
    }
  }
});

test('a parenthesis left open runs to the end of the text it is in, a backtick text included', () => {
  assert.deepEqual(texts('a $(b c'), ['a $(b c', 'b c']);
  assert.deepEqual(texts('a `b $(c` d)'), ['a `b $(c` d)', 'b $(c', 'c']);
});

test('text nested thousands deep is read without running out of the call stack', () => {
  for (const open of ['$(', '(']) {
    // The command, then one in each parenthesis but the innermost, which is empty.
    assert.equal(simpleCommands(`docker ps ${open.repeat(30_000)}`).length, 30_000, open);
  }
});

test('a Windows path keeps its backslashes, which elsewhere make the next character literal', () => {
  assert.deepEqual(texts('docker run -v C:\\Users\\me\\app:/app --mount type=bind,source=D:\\data,target=/data alpine'), [
    'docker run -v C:\\Users\\me\\app:/app --mount type=bind,source=D:\\data,target=/data alpine',
  ]);
  assert.deepEqual(simpleCommands('echo a\\ b \\$HOME')[0]!.map((w) => w.text), ['echo', 'a b', '$HOME']);
});
