import { test } from 'node:test';
import assert from 'node:assert/strict';
import { koreanStem, searchQuery } from '../../src/search/korean-query.ts';

test('particles and endings are stripped from Korean words', () => {
  assert.equal(searchQuery('볼륨을 마운트하려면'), '볼륨 마운트');
  assert.equal(searchQuery('컨테이너를 삭제'), '컨테이너 삭제');
  assert.equal(searchQuery('네트워크에서 포트는'), '네트워크 포트');
  assert.equal(koreanStem('이미지의'), '이미지');
});

test('stems of one syllable are left whole, and other words are untouched', () => {
  assert.equal(koreanStem('차이'), '차이');
  assert.equal(koreanStem('추가'), '추가');
  assert.equal(searchQuery('docker run --rm'), 'docker run --rm');
  assert.equal(searchQuery('  -v  볼륨  '), '-v 볼륨');
});
