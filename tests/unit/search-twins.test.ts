/** A query in English words on the Korean site, answered from the English index with the Korean twins of what it finds. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fragmentIds, writeVisibleFragment } from '../../src/search/fragments.ts';
import { QueryAnalyzer } from '../../src/search/query.ts';
import { excerpt } from '../../src/search/excerpt.ts';
import { passageOf } from '../../src/search/pagefind-search.ts';
import type { SearchHit } from '../../src/search/rerank.ts';
import { asksInEnglishWords } from '../../src/search/twin-search.ts';
import { readFragment, twinHits, type TwinFragment } from '../../src/search/twin-passages.ts';

const korean = new QueryAnalyzer({ lang: 'ko', glossary: [['바인드 마운트', 'bind mount']], korean: ['바인드', '마운트', '이미지'], commands: [['ps', ['ps']], ['rm', ['rm']]], passages: 100 });

test('English words on the Korean site are searched in English; a flag, a command, Korean, or the English site are not', () => {
  for (const query of ['remove dangling images', 'bind mount', 'compose logs last 100 lines', 'dcoker']) assert.equal(asksInEnglishWords(query, 'ko', korean), true, query);
  for (const query of ['--rm', 'docker ps -a', 'docker rm', '-v', '80:80', '바인드 mount', 'docker run 환경변수']) assert.equal(asksInEnglishWords(query, 'ko', korean), false, query);
  assert.equal(asksInEnglishWords('remove dangling images', 'en', korean), false, 'the English site searches its own index');
});

const hit = (url: string, score: number): SearchHit => ({ url, title: url, context: '', excerpt: [], coverage: 1, score, answered: 2, whole: 2 });

test('each hit becomes its twin at the same address in this language, in the same order; a twin that cannot be loaded is left out', async () => {
  const fragments: Record<string, TwinFragment> = {
    ko_1: { url: '/ko/notes/a/b/#bind', content: '호스트 폴더를 바인드 마운트로 연결합니다. 그 밖의 설명', meta: { title: '바인드 마운트', page: '3장' } },
    ko_2: { url: '/ko/reference/rm/', content: '컨테이너를 삭제합니다.', meta: { title: 'docker rm' } },
  };
  const ids = { '/notes/a/b/#bind': 'ko_1', '/reference/rm/': 'ko_2', '/reference/gone/': 'ko_3' };
  const load = async (id: string) => fragments[id] ?? Promise.reject(new Error(`offline: ${id}`));
  const twins = await twinHits([hit('/en/reference/rm/', 3), hit('/en/notes/a/b/#bind', 2), hit('/en/reference/gone/', 1), hit('/en/nowhere/', 0.5)], 'ko', ids, load, korean, 'bind mount', { passageOf, excerpt });
  assert.deepEqual(twins.map((t) => [t.url, t.title, t.context, t.score]), [
    ['/ko/reference/rm/', 'docker rm', '', 3],
    ['/ko/notes/a/b/#bind', '바인드 마운트', '3장', 2],
  ]);
  assert.deepEqual(twins[1]!.excerpt.filter((part) => part.mark).map((part) => part.text), ['바인드', '마운트로'], 'the glossary counterparts of the English words are marked');
});

test('the build writes each Korean passage’s fragment id by its address; the browser reads a fragment as served', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'twins-'));
  try {
    const record = { url: '/ko/reference/rm/#force', content: '강제로 삭제합니다.', meta: { title: '--force' } };
    const [ko, en] = ['ko_5a1.pf_fragment', 'en_9b2.pf_fragment'].map((name) => join(dir, name));
    const cut = [
      writeVisibleFragment(en!, gzipSync(`pagefind_dcd${JSON.stringify({ ...record, url: '/en/reference/rm/#force' })}`)),
      writeVisibleFragment(ko!, gzipSync(`pagefind_dcd${JSON.stringify(record)}`)),
    ];
    assert.deepEqual(fragmentIds(cut, 'ko'), { '/reference/rm/#force': 'ko_5a1' });
    assert.throws(() => fragmentIds([{ file: ko!, id: 'ko_5a1', url: '/en/reference/rm/' }], 'ko'), /ko_5a1\.pf_fragment: a fragment of the ko index at \/en\/reference\/rm\/, outside \/ko\//);
    const served = new Response(gzipSync(`pagefind_dcd${JSON.stringify(record)}`));
    assert.deepEqual(await readFragment(served), record);
    await assert.rejects(readFragment(new Response(gzipSync('{"url":"/x/"}'))), /is not a Pagefind fragment/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
