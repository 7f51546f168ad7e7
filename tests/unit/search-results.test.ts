import { test } from 'node:test';
import assert from 'node:assert/strict';
import { flattenResults, titleNames, type PagefindPage } from '../../src/search/results.ts';

const sub = (title: string, url: string, weights: number[]) => ({
  title,
  url,
  excerpt: '',
  locations: weights.map((_, i) => i),
  weighted_locations: weights.map((w) => ({ weight: w, balanced_score: w * 100 })),
});
const page = (url: string, title: string, subs: ReturnType<typeof sub>[]): PagefindPage => ({ url, meta: { title }, excerpt: '', sub_results: subs });

test('a flag matches whole words only; other terms match word prefixes', () => {
  assert.equal(titleNames('docker run --rm', ['--rm']), true);
  assert.equal(titleNames('docker compose down --rmi', ['--rm']), false);
  assert.equal(titleNames('Docker 데이터 볼륨 컨테이너 사용하기', ['데이터', '볼륨']), true);
  assert.equal(titleNames('Using Docker data volume containers', ['data', 'container']), true);
});

test('the strongest row that names the flag comes first, whatever the page order', () => {
  const pages = [
    page('/en/notes/linking/', 'Linking', [sub('Linking a container', '/en/notes/linking/#a', [1, 1, 1, 1, 1])]),
    page('/en/reference/rm/', 'docker rm', [sub('docker rm -l, --link', '/en/reference/rm/#link', [4])]),
    page('/en/reference/run/', 'docker run', [sub('docker run --link', '/en/reference/run/#link', [10])]),
  ];
  const hits = flattenResults(pages, 5, ['--link']);
  assert.deepEqual(hits.map((h) => h.url), ['/en/reference/run/#link', '/en/reference/rm/#link', '/en/notes/linking/#a']);
});

test('a page titled exactly as the query beats a section that merely names it', () => {
  const pages = [
    page('/ko/notes/install/', 'Install', [sub('docker-compose 설치', '/ko/notes/install/#compose', [7, 7])]),
    page('/ko/reference/docker-compose/', 'docker-compose', [sub('docker-compose', '/ko/reference/docker-compose/', [1])]),
  ];
  assert.equal(flattenResults(pages, 5, ['docker-compose'])[0]!.url, '/ko/reference/docker-compose/');
});

test('without a title match, Pagefind order stands and each page gives its best section first', () => {
  const pages = [page('/a/', 'A', [sub('one', '/a/#1', [1]), sub('two', '/a/#2', [5])]), page('/b/', 'B', [sub('x', '/b/#x', [9])])];
  assert.deepEqual(flattenResults(pages, 3, ['zzz']).map((h) => h.url), ['/a/#2', '/b/#x', '/a/#1']);
});
