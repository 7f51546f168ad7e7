import { test } from 'node:test';
import assert from 'node:assert/strict';
import { KOREAN_STOPWORDS, koreanStem, splitCompound } from '../../src/search/korean.ts';
import { buildLexicon } from '../../src/search/lexicon.ts';
import { englishStem, tokenize } from '../../src/search/terms.ts';

test('particles and endings come off Korean words; a stem keeps two syllables', () => {
  assert.equal(koreanStem('볼륨을'), '볼륨');
  assert.equal(koreanStem('마운트하려면'), '마운트');
  assert.equal(koreanStem('네트워크에서'), '네트워크');
  assert.equal(koreanStem('저장되나요'), '저장');
  assert.equal(koreanStem('차이'), '차이');
  assert.equal(koreanStem('로그인'), '로그인', 'a longer word is not its prefix plus an ending');
  // `X란?` asks what X is: after a vowel the particle is `란`, after a consonant `이란`.
  assert.equal(koreanStem('레지스트리란'), '레지스트리');
  assert.equal(koreanStem('볼륨이란'), '볼륨');
  assert.equal(koreanStem('혼란'), '혼란', 'a two-syllable word keeps its last syllable');
  // A question's spoken `하다` and `되다` endings: `사설 IP 대역이 할당돼?`, `설치했어`, `무슨 역할을 해?`.
  assert.equal(koreanStem('할당돼'), '할당');
  assert.equal(koreanStem('삭제됐나요'), '삭제');
  assert.equal(koreanStem('설치했어'), '설치');
  assert.equal(koreanStem('설치해'), '설치');
  assert.equal(koreanStem('이해'), '이해', 'a two-syllable word ending in 해 is a word, not an ending');
  assert.deepEqual(tokenize('역할을 해?').map((t) => t.term), ['역할'], 'a spoken ending standing alone is no word');
  // Typed in a hurry: no space before `때`, a noun ending for a sentence, `하지 않고`.
  assert.equal(koreanStem('실행할때'), '실행');
  assert.equal(koreanStem('접속안됨'), '접속');
  assert.equal(koreanStem('사용하지'), '사용');
  assert.equal(koreanStem('설치하는법'), '설치');
  assert.equal(koreanStem('설정함'), '설정');
  assert.equal(koreanStem('포함'), '포함', 'a two-syllable word ending in 함 is a word');
});

test('compounds split into words the corpus knows, so spaced and unspaced spellings meet', () => {
  const known = new Set(['데이터', '볼륨', '컨테이너']);
  const has = (w: string) => known.has(w);
  assert.deepEqual(splitCompound('데이터볼륨', has), ['데이터', '볼륨']);
  assert.deepEqual(splitCompound('데이터볼륨컨테이너', has), ['데이터', '볼륨', '컨테이너']);
  assert.deepEqual(splitCompound('컨테이너', has), ['컨테이너']);
  assert.deepEqual(splitCompound('로그인', has), ['로그인'], 'three syllables never split');
  assert.deepEqual(splitCompound('데이터베이스', has), ['데이터베이스'], 'a part the corpus does not know keeps the word whole');
});

test('tokens: flags keep their dashes and one-letter case, code next to Korean loses its particle', () => {
  const words = (text: string) => tokenize(text).map((t) => t.term);
  assert.deepEqual(words('docker run --rm -P -p 80:80'), ['docker', 'run', '--rm', '-P', '-p', '80', '80']);
  assert.deepEqual(words('--volumes-from을 docker-compose로'), ['--volumes-from', 'docker-compose']);
  assert.deepEqual(words('Dockerfile로 볼륨을'), ['dockerfil', '볼륨']);
  const [token] = tokenize('  볼륨을');
  assert.deepEqual([token!.start, token!.end], [2, 5], 'offsets point at the written word');
});

test('English words meet their plurals and -ing forms, but -ed stays apart', () => {
  assert.equal(englishStem('images'), englishStem('image'));
  assert.equal(englishStem('containers'), 'container');
  assert.equal(englishStem('running'), 'run');
  assert.equal(englishStem('directories'), 'directory');
  assert.notEqual(englishStem('named'), englishStem('name'));
});

test('a question as it is spoken: its endings come off, and its "can I" and "I want" are no words of the query', () => {
  assert.equal(koreanStem('삭제해줘'), '삭제');
  assert.equal(koreanStem('사용하는데'), '사용');
  assert.equal(koreanStem('컨테이너랑'), '컨테이너');
  assert.equal(koreanStem('사랑'), '사랑', 'a two-syllable word keeps its last syllable');
  const content = tokenize('호스트 폴더를 지정할 수 있어 고정하고 싶어').map((t) => t.term).filter((t) => !KOREAN_STOPWORDS.has(t));
  assert.deepEqual(content, ['호스트', '폴더', '지정', '고정']);
});

test('the stems compounds split into: used often enough, short enough, and no sentence-ending verb', () => {
  const passage = (text: string) => ({ url: '/ko/a/', title: '', context: '', kind: 'notes' as const, scope: '', text });
  const text = Array.from({ length: 5 }, () => '데이터 볼륨을 만듭니다. 드물게').join(' ');
  const { korean } = buildLexicon('ko', [passage(text), passage('데이터')], []);
  assert.deepEqual(korean, ['데이터', '볼륨', '드물게'].sort());
  assert.ok(!buildLexicon('ko', [passage('볼륨 볼륨 볼륨 볼륨')], []).korean.includes('볼륨'), 'four uses are too few');
});
