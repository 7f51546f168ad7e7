import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { DEFAULT_LOCALE, LOCALES } from '../../src/i18n/locales.ts';
import { buildManifest } from '../../src/reading/offline/build.ts';
import { searchFiles } from '../../src/reading/offline/search-files.ts';

function site(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'offline-build-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const BUILT = {
  'ko/offline/index.html': 'ko', 'en/offline/index.html': 'en', 'ko/bookmarks/index.html': 'ko', 'en/bookmarks/index.html': 'en', 'ko/index.html': 'home',
  '_astro/BaseLayout.abc.css': 'css', '_astro/x.def.js': 'js', 'pagefind/pagefind.js': 'pf', 'sw.js': 'old worker',
};

test('the worker caches the offline and bookmarks pages and the hashed CSS and JavaScript on install', () => {
  const root = site(BUILT);
  try {
    const manifest = buildManifest(root, LOCALES, DEFAULT_LOCALE);
    assert.deepEqual(manifest.precache, ['/ko/offline/', '/en/offline/', '/ko/bookmarks/', '/en/bookmarks/', '/_astro/BaseLayout.abc.css', '/_astro/x.def.js']);
    assert.match(manifest.version, /^[0-9a-f]{16}$/);
  } finally {
    rmSync(root, { recursive: true });
  }
});

test('any change to the built site gives a new version; the worker file itself does not count', () => {
  const a = site(BUILT);
  const b = site({ ...BUILT, 'ko/index.html': 'home, edited' });
  const c = site({ ...BUILT, 'sw.js': 'another worker' });
  try {
    const version = (root: string) => buildManifest(root, LOCALES, DEFAULT_LOCALE).version;
    assert.notEqual(version(a), version(b));
    assert.equal(version(a), version(c));
  } finally {
    for (const root of [a, b, c]) rmSync(root, { recursive: true });
  }
});

test('a missing offline or bookmarks page fails the build, naming it', () => {
  for (const [missing, message] of [['en/offline/index.html', /page \/en\/offline\/ was not built/], ['ko/bookmarks/index.html', /page \/ko\/bookmarks\/ was not built/]] as const) {
    const { [missing]: _, ...without } = BUILT;
    const root = site(without);
    try {
      assert.throws(() => buildManifest(root, LOCALES, DEFAULT_LOCALE), message);
    } finally {
      rmSync(root, { recursive: true });
    }
  }
});

test('the offline search list names every search file of one language and maps each page to its fragments', async () => {
  const root = mkdtempSync(join(tmpdir(), 'offline-search-'));
  const files: Record<string, string | Buffer> = {
    'pagefind/pagefind.js': 'pf', 'pagefind/pagefind-entry.json': JSON.stringify({ languages: { en: { hash: 'en_5a6', wasm: 'en' }, ko: { hash: 'ko_749', wasm: null } } }),
    'pagefind/pagefind.ko_749.pf_meta': 'm', 'pagefind/pagefind.en_5a6.pf_meta': 'm', 'pagefind/wasm.unknown.pagefind': 'w', 'pagefind/wasm.en.pagefind': 'w',
    'pagefind/index/ko_1.pf_index': 'i', 'pagefind/index/en_2.pf_index': 'i', 'pagefind/filter/ko_3.pf_filter': 'f',
    'search-index/ko.json': '{}', 'search-index/ko-words.json': '[]', 'ko/bookmarks/titles.json': '{}',
  };
  for (const [path, body] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), body);
  }
  // The fragments as the build wrote them, in no particular order: their files and the addresses they hold.
  const fragments = [
    { file: join(root, 'pagefind/fragment/ko_b.pf_fragment'), id: 'ko_b', url: '/ko/notes/n/c/' },
    { file: join(root, 'pagefind/fragment/en_c.pf_fragment'), id: 'en_c', url: '/en/notes/n/c/' },
    { file: join(root, 'pagefind/fragment/ko_a.pf_fragment'), id: 'ko_a', url: '/ko/notes/n/c/#s' },
  ];
  try {
    assert.deepEqual(searchFiles(root, 'ko', fragments), {
      files: [
        '/pagefind/pagefind.js', '/pagefind/pagefind-entry.json', '/pagefind/pagefind.ko_749.pf_meta', '/pagefind/wasm.unknown.pagefind',
        '/pagefind/index/ko_1.pf_index', '/pagefind/filter/ko_3.pf_filter', '/search-index/ko.json', '/search-index/ko-words.json', '/ko/bookmarks/titles.json',
      ],
      pages: { '/ko/notes/n/c/': ['/pagefind/fragment/ko_a.pf_fragment', '/pagefind/fragment/ko_b.pf_fragment'] },
    });
    rmSync(join(root, 'search-index/ko-words.json'));
    assert.throws(() => searchFiles(root, 'ko', fragments), /offline search: \/search-index\/ko-words\.json is not in the built site/);
  } finally {
    rmSync(root, { recursive: true });
  }
});
