import { test } from 'node:test';
import assert from 'node:assert/strict';
import { entryKey } from '../../src/search/index-data.ts';
import type { Lexicon } from '../../src/search/lexicon.ts';
import { searchSite, type Pagefind } from '../../src/search/pagefind-search.ts';
import { QueryAnalyzer } from '../../src/search/query.ts';
import { inOtherLanguage } from '../../src/search/search-box.ts';

/**
 * A Pagefind that answers from a table of query -> passage URLs and records what it was asked; a passage holds the
 * words it was found by, or its text in `texts`.
 */
function fakePagefind(table: Record<string, string[]>, texts: Record<string, string> = {}) {
  const asked: string[] = [];
  const filters: object[] = [];
  const pagefind: Pagefind = {
    search: async (query, options) => {
      asked.push(query);
      filters.push((options as { filters: object }).filters);
      return {
        results: (table[query] ?? []).map((url, i) => ({
          id: url,
          score: 1 - i / 10,
          data: async () => {
            const content = texts[url] ?? `${url} ${query}`;
            return { url, content, meta: { title: url } };
          },
        })),
      };
    },
  };
  return { pagefind, asked, filters };
}

const english: Lexicon = { lang: 'en', glossary: [['image', '이미지']], korean: [], commands: [], passages: 100 };

test('a Korean word on the English site is searched as its glossary counterpart', async () => {
  const { pagefind, asked } = fakePagefind({ imag: ['/en/images/'] });
  const outcome = await searchSite(pagefind, new QueryAnalyzer(english), '이미지');
  assert.deepEqual(asked, ['imag']);
  assert.equal(outcome.hits[0]?.url, '/en/images/');
});

test('when fewer than a few passages hold every word, those holding most of them join the candidates', async () => {
  const { pagefind, asked } = fakePagefind({ 'list all container': ['/stray/'], list: ['/ps/', '/stray/'], all: ['/ps/', '/stray/'], container: ['/ps/'] });
  const outcome = await searchSite(pagefind, new QueryAnalyzer(english), 'list all containers');
  assert.deepEqual(asked, ['list all container', 'list', 'all', 'container']);
  assert.ok(outcome.hits.some((h) => h.url === '/ps/'), 'a passage holding most words is a candidate');
});

test('a scope is a filter, the language never (each language has a Pagefind of its own)', async () => {
  const { pagefind, filters } = fakePagefind({ imag: ['/en/images/'] });
  const analyzer = new QueryAnalyzer(english);
  await searchSite(pagefind, analyzer, 'image');
  await searchSite(pagefind, analyzer, 'image', 'kind:reference');
  await searchSite(pagefind, analyzer, 'image', 'section:Easy Docker: the basics');
  assert.deepEqual(filters, [{}, { kind: 'reference' }, { section: 'Easy Docker: the basics' }]);
});

test('a word that finds nothing fetches the typo words, and the corrected query is searched', async () => {
  const { pagefind, asked } = fakePagefind({ imag: ['/en/images/'] });
  let fetched = 0;
  const analyzer = new QueryAnalyzer(english, async () => (fetched++, ['images']));
  const outcome = await searchSite(pagefind, analyzer, 'imgaes');
  assert.deepEqual(asked, ['imga', 'imag'], 'as typed (stemmed), then as corrected');
  assert.deepEqual(outcome.corrections, [['imgaes', 'images']]);
  assert.equal(outcome.hits[0]?.url, '/en/images/');
  await searchSite(pagefind, analyzer, 'image');
  assert.equal(fetched, 1, 'fetched once, not on every search');
});

test('a query is searched the same way whatever was searched before it: as typed first, then as corrected', async () => {
  const { pagefind, asked } = fakePagefind({ imag: ['/en/images/'] });
  const analyzer = new QueryAnalyzer(english, async () => ['images']);
  const before = await searchSite(pagefind, analyzer, 'imgaes');
  const firstTime = asked.splice(0);
  // The typo words are in now: the same query still goes as typed first, so the correction meets the same test.
  const after = await searchSite(pagefind, analyzer, 'imgaes');
  assert.deepEqual(asked, firstTime);
  assert.deepEqual(after, before);
});

test('the word after `docker` that names no command may be a typo of one, even when passages start with it', async () => {
  // `exce` finds passages by the start of `exclude`, so it is not rare; its place after `docker` is a command's.
  const { pagefind, asked } = fakePagefind({ 'docker exc': ['/a/', '/b/', '/c/'], exc: ['/a/', '/b/', '/c/'], docker: ['/a/', '/b/', '/c/', '/d/'], 'docker exec': ['/en/reference/exec/'], [entryKey('exec')]: ['/en/reference/exec/'] }, { '/en/reference/exec/': 'docker exec runs a command in a container' });
  const withCommands: Lexicon = { ...english, commands: [['exec', ['exec']]] };
  const outcome = await searchSite(pagefind, new QueryAnalyzer(withCommands, async () => ['docker', 'exclude', 'exec']), 'docker exce');
  assert.ok(asked.includes('docker exec'), 'searched again as corrected');
  assert.deepEqual(outcome.corrections, [['exce', 'exec']]);
  assert.equal(outcome.hits[0]?.url, '/en/reference/exec/');
  const named = await searchSite(pagefind, new QueryAnalyzer(withCommands, async () => assert.fail('a command named needs no typo words')), 'docker exec');
  assert.equal(named.hits[0]?.url, '/en/reference/exec/');
});

test('a query is in the other language when its script is not the page language\'s: Hangul on the English site, none on the Korean', () => {
  assert.equal(inOtherLanguage('볼륨 마운트', 'en'), true);
  assert.equal(inOtherLanguage('volume', 'en'), false);
  assert.equal(inOtherLanguage('볼륨 마운트', 'ko'), false);
  assert.equal(inOtherLanguage('volume', 'ko'), true);
});

test('a Korean word on the English site is searched as its counterpart even when reader phrases give that site Korean stems', async () => {
  const { pagefind, asked } = fakePagefind({ imag: ['/en/images/'] });
  await searchSite(pagefind, new QueryAnalyzer({ ...english, korean: ['이미지', '목록'] }), '이미지');
  assert.deepEqual(asked, ['imag']);
  const korean = fakePagefind({ 이미지: ['/ko/images/'] });
  await searchSite(korean.pagefind, new QueryAnalyzer({ ...english, lang: 'ko', glossary: [['이미지', 'image']], korean: ['이미지'] }), '이미지');
  assert.equal(korean.asked[0], '이미지', 'on the Korean site a Korean word is its own');
});

test('a word no passage holds as typed weighs as much as its glossary counterpart, which the passages hold', async () => {
  // The Korean notes write PowerShell in English: `파워셸` typed is held by no passage, its counterpart by one.
  const texts = { '/ko/windows/': '컨테이너 삭제 windows powershell', '/ko/rm/': '컨테이너 삭제' };
  const { pagefind, asked } = fakePagefind(
    { '파워셸 컨테이너 삭제': [], 컨테이너: ['/ko/rm/', '/ko/windows/'], 삭제: ['/ko/rm/', '/ko/windows/'], powershell: ['/ko/windows/'], 'powershell 컨테이너 삭제': ['/ko/windows/'] },
    texts,
  );
  const korean = new QueryAnalyzer({ ...english, lang: 'ko', glossary: [['파워셸', 'PowerShell']], korean: ['파워셸', '컨테이너', '삭제'], passages: 10 });
  const outcome = await searchSite(pagefind, korean, '파워셸 컨테이너 삭제');
  assert.ok(asked.includes('powershell'), `the counterpart alone is searched: ${asked.join(', ')}`);
  assert.equal(outcome.hits[0]?.url, '/ko/windows/', 'the passage holding the counterpart comes first');
});
