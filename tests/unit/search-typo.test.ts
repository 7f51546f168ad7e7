import { test } from 'node:test';
import assert from 'node:assert/strict';
import { correctKorean, correctWord, koreanSlip, neighbouringKeys, oneEditApart } from '../../src/search/typo.ts';

test('one edit: a letter missing, extra, wrong, or two neighbours swapped', () => {
  assert.ok(oneEditApart('imgaes', 'images'));
  assert.ok(oneEditApart('contianer', 'container'));
  assert.ok(oneEditApart('exce', 'exec'));
  assert.ok(oneEditApart('volme', 'volume'));
  assert.ok(oneEditApart('dockerr', 'docker'));
  assert.ok(oneEditApart('dockar', 'docker'));
  assert.ok(!oneEditApart('docker', 'docker'));
  assert.ok(!oneEditApart('imgase', 'images'));
  assert.ok(!oneEditApart('contaner', 'containers'));
});

test('a typo is corrected to the most frequent known word one edit away; known and short words are left alone', () => {
  const words = new Map([['images', 40], ['imager', 2], ['container', 90], ['exec', 12], ['run', 50]]);
  assert.equal(correctWord('imgaes', words), 'images');
  assert.equal(correctWord('imagex', words), 'images');
  assert.equal(correctWord('contianer', words), 'container');
  assert.equal(correctWord('images', words), undefined);
  assert.equal(correctWord('rnu', words), undefined);
  assert.equal(correctWord('qqqzzz', words), undefined);
});

test('a word the site writes only seldom, one slip from one of its most used words, is corrected too; another form of that word is not', () => {
  // The notes' own `Dcoker` in one heading, `docker` everywhere; `builds` as rare as `dcoker`.
  const words = new Map<string, number>([['docker', 1000], ['build', 900], ...Array.from({ length: 300 }, (_, i) => [`word${i}`, 500 - i] as [string, number]), ['dcoker', 2], ['builds', 2], ['cgroup', 3]]);
  assert.equal(correctWord('dcoker', words), 'docker');
  assert.equal(correctWord('builds', words), undefined, 'a plural of `build`, not a slip');
  assert.equal(correctWord('word250', words), undefined, 'no common word one slip away');
  const few = new Map([['docker', 1000], ['dcoker', 2]]);
  assert.equal(correctWord('dcoker', few), undefined, 'among few words, not a seldom one: it stands as the site writes it');
});

test('a flag or a hyphenated word is corrected word by word, its dashes kept', () => {
  const words = new Map([['docker', 90], ['compose', 40], ['memory', 12], ['detach', 8]]);
  assert.equal(correctWord('docekr-compose', words), 'docker-compose');
  assert.equal(correctWord('--memroy', words), '--memory');
  assert.equal(correctWord('--memroy-swap', words), '--memory-swap', 'a word not known and near none stays as typed');
  assert.equal(correctWord('docker-compose', words), undefined, 'every word known: nothing to correct');
  assert.equal(correctWord('-d', words), undefined);
});

test('a letter swapped for another is a slip only when their keys are neighbours', () => {
  const words = new Map([['picked', 50], ['images', 40], ['volume', 20]]);
  assert.equal(correctWord('packed', words), undefined, '`a` and `i` are far apart: another word, not a slip');
  assert.equal(correctWord('imagrs', words), 'images', '`r` beside `e`');
  assert.equal(correctWord('voluem', words), 'volume', 'a swap is a slip wherever it falls');
  assert.ok(neighbouringKeys('s', 'd') && neighbouringKeys('s', 'w') && neighbouringKeys('s', 'z') && neighbouringKeys('g', 'b'));
  assert.ok(!neighbouringKeys('a', 'i') && !neighbouringKeys('s', 'c') && !neighbouringKeys('q', 'z'));
});

test('a Korean slip: one letter of one syllable, or a syllable missing, extra or swapped', () => {
  assert.ok(koreanSlip('이미자', '이미지'), 'a vowel');
  assert.ok(koreanSlip('도거', '도커'), 'an initial consonant');
  assert.ok(koreanSlip('컨테너', '컨테이너'), 'a syllable missing');
  assert.ok(koreanSlip('컨테너이', '컨테이너'), 'two syllables swapped');
  assert.ok(!koreanSlip('이미수', '이미지'), 'a whole syllable wrong is another word');
});

test('a Korean word the site does not use is corrected to the one stem it is a slip of, and only then', () => {
  const known = ['이미지', '데이터', '컨테이너', '도커', '도구'];
  assert.equal(correctKorean('이미자', known), '이미지');
  assert.equal(correctKorean('데이타', known), '데이터');
  assert.equal(correctKorean('이미지', known), undefined, 'a known word stands');
  assert.equal(correctKorean('컨테이나', ['컨테이너', '컨테이니']), undefined, 'near two stems: left as typed');
  assert.equal(correctKorean('도거', known), undefined, 'a letter away from two stems (도커, 도구): left as typed');
});

test('a two-syllable Korean word is corrected only for a letter wrong in one syllable', () => {
  const known = ['삭제', '볼륨', '포트', '컨테이너'];
  assert.equal(correctKorean('삭재', known), '삭제', 'a vowel');
  assert.equal(correctKorean('볼룸', known), '볼륨');
  assert.equal(correctKorean('포토', known), '포트');
  assert.equal(correctKorean('제삭', known), undefined, 'two syllables swapped leave too little to guess from');
  assert.equal(correctKorean('삭', known), undefined, 'one syllable is never corrected');
  assert.equal(correctKorean('포트트', ['포트']), undefined, 'a longer word is not corrected to a two-syllable stem by a syllable extra');
});
