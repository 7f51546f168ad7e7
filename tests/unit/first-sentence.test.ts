import { test } from 'node:test';
import assert from 'node:assert/strict';
import { firstSentence } from '../../src/html/inline-code.ts';

test('a reference text is cut after its first sentence', () => {
  assert.equal(firstSentence('Runs the container in the background. Prints its ID.'), 'Runs the container in the background.');
  assert.equal(firstSentence('컨테이너를 백그라운드에서 실행합니다. 컨테이너 ID만 출력합니다.'), '컨테이너를 백그라운드에서 실행합니다.');
});

test('a full stop inside backtick code or in e.g. / i.e. does not end the sentence', () => {
  assert.equal(firstSentence('Reads `a. b` files, e.g. `.env`, i.e. any file. Then more.'), 'Reads `a. b` files, e.g. `.env`, i.e. any file.');
});

test('a text of one sentence stays whole', () => {
  assert.equal(firstSentence('Sets the working directory.'), 'Sets the working directory.');
  assert.equal(firstSentence('No full stop at all'), 'No full stop at all');
});
