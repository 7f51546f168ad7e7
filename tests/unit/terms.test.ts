import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countRejected, parseGlossary, rejectedTerms } from '../../src/reference/terms.ts';

const glossary = parseGlossary(
  ['- { ko: 라벨, en: label, rejected: [레이블] }', '- { ko: 타임스탬프, en: timestamp, rejected: [시각], unless: [시각화] }', '- { ko: 이미지, en: image }'].join('\n'),
  'glossary.yaml',
);

test('a rejected variant is found with the term to use, and a longer word in unless is not one', () => {
  assert.deepEqual(rejectedTerms('이미지에 레이블을 붙이고 시각을 적습니다', glossary), [
    { variant: '레이블', preferred: '라벨' },
    { variant: '시각', preferred: '타임스탬프' },
  ]);
  assert.deepEqual(rejectedTerms('메뉴를 시각화한 라벨', glossary), []);
  assert.deepEqual([...countRejected('레이블, 레이블, 시각화, 시각', glossary)], [['레이블', 2], ['시각', 1]]);
});

test('a bad glossary entry is an error naming the file and line', () => {
  assert.throws(() => parseGlossary('- { ko: 라벨, en: label }\n- { ko: 라벨 }\n', 'g.yaml'), /^Error: g\.yaml:2: en: /);
  assert.throws(() => parseGlossary('- { ko: 라벨, en: label, rejected: [라벨] }\n', 'g.yaml'), /g\.yaml:1: rejected: the preferred term 라벨 contains its rejected variant 라벨/);
  assert.throws(() => parseGlossary('- { ko: 라벨, en: label, unless: [x] }\n', 'g.yaml'), /unless only makes sense next to rejected/);
  assert.throws(() => parseGlossary('- { ko: 라벨, en: label, typo: 1 }\n', 'g.yaml'), /g\.yaml:1: /);
});
