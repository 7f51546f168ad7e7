import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Lexicon } from '../../src/search/lexicon.ts';
import { QueryAnalyzer } from '../../src/search/query.ts';
import * as typo from '../../src/search/typo.ts';
import { rerank } from '../../src/search/rerank.ts';
import { excerpt } from '../../src/search/excerpt.ts';
import type { Passage } from '../../src/search/index-data.ts';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { glossaryTerms } from '../../src/search/build-index.ts';

const lexicon: Lexicon = {
  lang: 'en',
  glossary: [['image', '이미지'], ['data volume', '데이터 볼륨']],
  korean: ['데이터', '볼륨'],
  commands: [['stop', ['stop']], ['rm', ['rm']], ['remove', ['rm', 'rmi']]],
  passages: 100,
};
const TYPO_WORDS = ['docker', 'container', 'images'];
const analyzer = new QueryAnalyzer(lexicon, TYPO_WORDS, typo);
const heads = (query: string) => analyzer.analyze(query).groups.map((g) => g[0]!.term);

test('a question keeps its content words, stemmed, with Korean endings off and compounds split', () => {
  assert.deepEqual(heads('how do I remove a container'), ['remov', 'container']);
  assert.deepEqual(heads('데이터볼륨을 어떻게'), ['데이터', '볼륨']);
  assert.deepEqual(heads('the'), ['the'], 'a query of stopwords only is searched as typed');
  assert.deepEqual(heads('run a command in a running container'), ['run', 'command', 'container'], 'a word asked twice counts once');
});

test('typo words fetched on demand: nothing is corrected before, and a failed fetch is tried again', async () => {
  let calls = 0;
  const lazy = new QueryAnalyzer(lexicon, async () => {
    calls++;
    if (calls === 1) throw new Error('offline');
    return TYPO_WORDS;
  });
  assert.deepEqual(lazy.analyze('imgaes').corrections, []);
  assert.equal(await lazy.learnTypoWords(), false, 'a failed fetch learns nothing');
  assert.equal(await lazy.learnTypoWords(), true);
  assert.deepEqual(lazy.analyze('imgaes').corrections, [['imgaes', 'images']]);
  assert.equal(await lazy.learnTypoWords(), true, 'in already');
  assert.equal(calls, 2, 'fetched once');
  assert.deepEqual(lazy.analyze('imgaes', { correct: false }).corrections, [], 'as typed when asked, loaded or not');
});

test('a typo is searched as corrected and reported; the glossary adds the other language', () => {
  const analyzed = analyzer.analyze('imgaes');
  assert.deepEqual(analyzed.corrections, [['imgaes', 'images']]);
  assert.equal(analyzed.groups[0]![0]!.term, 'imag');
  assert.ok(analyzed.groups[0]!.some((a) => a.term === '이미지'), 'glossary counterpart of the corrected word');
  const korean = analyzer.analyze('데이터 볼륨');
  assert.deepEqual(korean.translations, ['data volume']);
  assert.deepEqual(korean.groups.map((g) => g.map((a) => a.term)), [['데이터', 'data'], ['볼륨', 'volum']]);
});

test('glossary entries with the same words all translate; a different entry cannot take words already covered', () => {
  const ko = new QueryAnalyzer(
    { lang: 'ko', glossary: [['개인 저장소', 'private registry'], ['사설 레지스트리', 'private registry'], ['레지스트리', 'registry']], korean: ['개인', '저장소', '사설', '레지스트리'], commands: [], passages: 100 },
    TYPO_WORDS,
  );
  const analyzed = ko.analyze('private registry');
  assert.deepEqual(analyzed.translations, ['개인 저장소', '사설 레지스트리']);
  assert.deepEqual(analyzed.groups.map((g) => g.map((a) => a.term)), [['privat', '개인', '사설'], ['registry', '저장소', '레지스트리']]);
});

test("a word stands for its language's other words that share its glossary counterpart: the notes' other spellings", () => {
  const ko = new QueryAnalyzer(
    { lang: 'ko', glossary: [['명령', 'command'], ['명령어', 'command'], ['Dockerfile 명령', 'instruction']], korean: ['명령', '명령어'], commands: [], passages: 100 },
    TYPO_WORDS,
  );
  const terms = (query: string) => ko.analyze(query).groups.map((g) => g.map((a) => a.term));
  assert.deepEqual(terms('rm 명령어'), [['rm'], ['명령어', 'command', '명령']]);
  assert.deepEqual(terms('rm 명령'), [['rm'], ['명령', 'command', '명령어']]);
  assert.deepEqual(terms('instruction'), [['instruction', 'dockerfil', '명령']], 'a counterpart of several words is not a spelling of one');
});

test("a glossary term typed without its space is the term: its words are words compounds are made of", () => {
  const ko = new QueryAnalyzer({ lang: 'ko', glossary: [['포트 포워딩', 'port forwarding']], korean: ['포트'], commands: [], passages: 100 }, TYPO_WORDS);
  const analyzed = ko.analyze('포트포워딩');
  assert.deepEqual(analyzed.groups.map((g) => g[0]!.term), ['포트', '포워딩'], 'split into the words of the glossary term');
  assert.deepEqual(analyzed.translations, ['port forwarding']);
});

test('a hyphenated word of a glossary term may be typed as its words: `zero downtime deployment`', () => {
  const ko = new QueryAnalyzer({ lang: 'ko', glossary: [['무중단 배포', 'zero-downtime deployment']], korean: ['배포'], commands: [], passages: 100 }, TYPO_WORDS);
  assert.deepEqual(ko.analyze('zero downtime deployment').translations, ['무중단 배포']);
  assert.deepEqual(ko.analyze('zero-downtime deployment').translations, ['무중단 배포'], 'as written, too');
});

test('`같이` and `함께` are how a question is spoken, not what it asks about; a reader phrase keeps them', () => {
  const ko = new QueryAnalyzer({ lang: 'ko', glossary: [], korean: ['볼륨', '삭제'], commands: [], passages: 100 }, TYPO_WORDS);
  assert.deepEqual(ko.analyze('CMD랑 ENTRYPOINT를 같이 쓰면').words, ['cmd', 'entrypoint', '쓰면']);
  assert.deepEqual(ko.phraseTerms('볼륨도 함께 삭제'), ['볼륨', '함께', '삭제'], '`docker rm --volumes`, not `docker volume rm`');
});

test('a word asking for an explanation says what kind of answer, not what about: `cgroups 역할`, `데브옵스 개념`', () => {
  const ko = new QueryAnalyzer({ lang: 'ko', glossary: [], korean: ['역할', '개념'], commands: [], passages: 100 }, TYPO_WORDS);
  const analyzed = ko.analyze('cgroups는 무슨 역할을');
  assert.deepEqual(analyzed.words, ['cgroups']);
  assert.equal(analyzed.explains, true, 'an explanation is still what is asked for');
  assert.deepEqual(ko.analyze('데브옵스 개념').words, ['데브옵스']);
  assert.deepEqual(ko.analyze('개념').words, ['개념'], 'alone, it is what is asked about');
});

const passage = (url: string, title: string, text: string, extra: Partial<Passage> = {}): Passage => ({
  url, title, text, context: 'Notes › Chapter', kind: 'notes', scope: 'Notes', ...extra,
});

test('re-ranking: a whole word beats a longer word it starts, and a title holding the query wins', () => {
  const korean = new QueryAnalyzer({ ...lexicon, lang: 'ko', korean: ['로그', '로그인'] }, TYPO_WORDS, typo);
  const groups = korean.analyze('로그').groups;
  const login = passage('/ko/reference/login/', 'docker login', '레지스트리에 로그인합니다. 로그인 정보를 저장합니다.');
  const logs = passage('/ko/reference/logs/', 'docker logs', '컨테이너의 로그를 보여 줍니다.');
  // Pagefind scores the login page higher (it matches `로그` twice by prefix); re-ranking puts logs first.
  const ranked = rerank([{ passage: login, score: 2 }, { passage: logs, score: 1 }], groups, (t) => korean.terms(t));
  assert.equal(ranked[0]!.url, '/ko/reference/logs/');

  const en = analyzer.analyze('bind mounts').groups;
  const titled = passage('/en/a/#bind', 'Using bind mounts', 'Mount a folder.');
  const mention = passage('/en/a/#other', 'Volumes', 'Bind mounts and bind mounts and mounts everywhere.');
  assert.equal(rerank([{ passage: mention, score: 2 }, { passage: titled, score: 1 }], en, (t) => analyzer.terms(t))[0]!.url, '/en/a/#bind');
});

test('re-ranking: the entry whose reader phrase is exactly the question beats one whose phrase only contains it', () => {
  const groups = analyzer.analyze('remove a container').groups;
  const rm = passage('/en/reference/rm/', 'docker rm', 'Removes containers.', { kind: 'reference', phrases: 'remove a container · delete a container' });
  const prune = passage('/en/reference/container-prune/', 'docker container prune', 'Removes all stopped containers.', { kind: 'reference', phrases: 'remove all stopped containers' });
  const ranked = rerank([{ passage: prune, score: 1 }, { passage: rm, score: 1 }], groups, (t) => analyzer.terms(t));
  assert.equal(ranked[0]!.url, '/en/reference/rm/');
});

test('re-ranking reports how many words a passage holds, for the "most of the words" notice', () => {
  const groups = analyzer.analyze('volume qqqzzz').groups;
  const [hit] = rerank([{ passage: passage('/en/v/', 'Volumes', 'A volume keeps data.'), score: 1 }], groups, (t) => analyzer.terms(t));
  assert.equal(hit!.answered, 1);
  assert.ok(hit!.coverage < 1);
});

test('an excerpt is the passage text around the matches, matches marked, cut at word boundaries', () => {
  const text = 'Intro words here. The --rm flag removes the container when it exits. More text follows after that sentence.';
  const parts = excerpt(text, (t) => t.word === '--rm', 40);
  assert.deepEqual(parts.filter((p) => p.mark).map((p) => p.text), ['--rm']);
  const shown = parts.map((p) => p.text).join('');
  assert.ok(shown.startsWith('… ') && shown.endsWith(' …'), shown);
  assert.ok(text.includes(shown.replace(/^… | …$/g, '')), 'only the passage’s own text');
});

test('the state a command presupposes and the kind of answer asked for are not searched for', () => {
  assert.deepEqual(heads('stop a running container'), ['stop', 'container']);
  assert.deepEqual(heads('running'), ['run'], 'a modifier with nothing after it is the word asked about');
  assert.deepEqual(heads('difference between ADD and COPY'), ['add', 'copy']);
  const korean = new QueryAnalyzer({ ...lexicon, lang: 'ko', korean: ['컨테이너', '정지'] }, TYPO_WORDS, typo);
  assert.deepEqual(korean.analyze('실행 중인 컨테이너 정지').groups.map((g) => g[0]!.term), ['컨테이너', '정지']);
  assert.deepEqual(korean.analyze('실행중인 컨테이너 정지').groups.map((g) => g[0]!.term), ['컨테이너', '정지']);
  assert.deepEqual(korean.analyze('ADD와 COPY 차이').groups.map((g) => g[0]!.term), ['add', 'copy']);
});

test('glossary counterparts are marked as such in the groups', () => {
  const groups = analyzer.analyze('데이터 볼륨').groups;
  assert.deepEqual(groups.map((g) => g.map((a) => [a.term, a.translated ?? false])), [[['데이터', false], ['data', true]], [['볼륨', false], ['volum', true]]]);
});

test('re-ranking: a word only a reader phrase holds counts less than one the passage itself holds', () => {
  const groups = analyzer.analyze('ADD COPY').groups;
  // COPY's phrase `add files` holds `add`; the notes' section says both words in its own text.
  const copy = passage('/en/reference/copy/', 'COPY', 'Copies files into the image.', { kind: 'reference', phrases: 'add files' });
  const notes = passage('/en/notes/#copy', 'COPY', 'COPY copies local files; ADD also fetches URLs.');
  const ranked = rerank([{ passage: copy, score: 1.5 }, { passage: notes, score: 1 }], groups, (t) => analyzer.terms(t));
  assert.equal(ranked[0]!.url, '/en/notes/#copy');
});

test('re-ranking: a reader phrase that is the query word for word lifts its entry like an exact title', () => {
  const groups = analyzer.analyze('run a command in a container').groups;
  const exec = passage('/en/reference/exec/', 'docker exec', 'Runs a command in a container.', { kind: 'reference', phrases: 'run a command in a container' });
  const notes = passage('/en/notes/#run', 'Creating a container with the run command', 'The run command creates a container.');
  const ranked = rerank([{ passage: notes, score: 3 }, { passage: exec, score: 1 }], groups, (t) => analyzer.terms(t));
  assert.equal(ranked[0]!.url, '/en/reference/exec/');
});

test('re-ranking: a reader phrase the query holds whole lifts its entry in proportion', () => {
  const groups = analyzer.analyze('open a shell inside a container now').groups;
  const exec = passage('/en/reference/exec/', 'docker exec', 'Runs a process.', { kind: 'reference', phrases: 'shell inside a container' });
  // Its title holds no word of the query: only the phrase tells the two apart.
  const other = passage('/en/notes/#shell', 'Processes', 'A shell inside a container.');
  const ranked = rerank([{ passage: other, score: 1.3 }, { passage: exec, score: 1 }], groups, (t) => analyzer.terms(t));
  assert.equal(ranked[0]!.url, '/en/reference/exec/');
});

test('the terms of a text are worked out once and remembered across keystrokes', () => {
  const text = 'Mount a data volume into a container.';
  assert.equal(analyzer.terms(text), analyzer.terms(text));
});

test('a command named after a typo of `docker` is named all the same', () => {
  const typos = new QueryAnalyzer(lexicon, TYPO_WORDS, typo);
  assert.deepEqual(typos.analyze('dokcer stop').commands, ['stop']);
  assert.deepEqual(typos.analyze('wait stop').commands, [], 'a command word after another word is a noun');
});

test('what is left of a possessive or a contraction is no word of the query', () => {
  assert.deepEqual(heads("the container's volumes"), ['container', 'volum']);
  assert.deepEqual(heads("it doesn't stop"), ['stop']);
  assert.deepEqual(heads('the stopped ones'), ['stopped'], '`ones` stands for a word already said');
});

test('a Korean word is corrected towards the stems compounds are made of, once the typo words are known', async () => {
  assert.deepEqual(analyzer.analyze('데이타를').corrections, [['데이타를', '데이터']]);
  const lazy = new QueryAnalyzer(lexicon, async () => TYPO_WORDS);
  assert.deepEqual(lazy.analyze('데이타').corrections, [], 'not before: most searches never need it');
});

test('a hyphenated word also stands for the long flag of that name', () => {
  assert.deepEqual(analyzer.analyze('read-only root').groups[0]!.map((a) => a.term), ['read-only', '--read-only']);
  assert.deepEqual(analyzer.analyze('--read-only').groups[0]!.map((a) => a.term), ['--read-only'], 'a flag as typed is itself');
});

test('the code that corrects typos is loaded with the typo words, not before', async () => {
  const words = new QueryAnalyzer(lexicon, TYPO_WORDS);
  assert.deepEqual(words.analyze('imgaes').corrections, [], 'the words alone correct nothing');
  assert.equal(await words.learnTypoWords(), true, 'loading the code is learning');
  assert.deepEqual(words.analyze('imgaes').corrections, [['imgaes', 'images']]);
  assert.equal(await words.learnTypoWords(), true, 'in already');
});

test('a glossary note in brackets, for translators, is not a search term', () => {
  const dir = mkdtempSync(join(tmpdir(), 'glossary-'));
  try {
    const file = join(dir, 'glossary.yaml');
    writeFileSync(file, '- { ko: 이미지 이름, en: image name (placeholder <image-name>) }\n- { ko: 볼륨, en: volume }\n');
    assert.deepEqual(glossaryTerms(file), [{ ko: '이미지 이름', en: 'image name' }, { ko: '볼륨', en: 'volume' }]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
