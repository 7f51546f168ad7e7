import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { buildManifest } from '../../src/reading/offline/build.ts';

function site(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'offline-build-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const BUILT = {
  'ko/offline/index.html': 'ko', 'en/offline/index.html': 'en', 'ko/index.html': 'home',
  '_astro/BaseLayout.abc.css': 'css', '_astro/x.def.js': 'js', 'pagefind/pagefind.js': 'pf', 'sw.js': 'old worker',
};

test('the worker caches the offline pages and the hashed CSS and JavaScript on install', () => {
  const root = site(BUILT);
  try {
    const manifest = buildManifest(root, ['ko', 'en'], 'ko');
    assert.deepEqual(manifest.precache, ['/ko/offline/', '/en/offline/', '/_astro/BaseLayout.abc.css', '/_astro/x.def.js']);
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
    const version = (root: string) => buildManifest(root, ['ko', 'en'], 'ko').version;
    assert.notEqual(version(a), version(b));
    assert.equal(version(a), version(c));
  } finally {
    for (const root of [a, b, c]) rmSync(root, { recursive: true });
  }
});

test('a missing offline page fails the build, naming it', () => {
  const { ['en/offline/index.html']: _, ...withoutEnglish } = BUILT;
  const root = site(withoutEnglish);
  try {
    assert.throws(() => buildManifest(root, ['ko', 'en'], 'ko'), /offline page \/en\/offline\/ was not built/);
  } finally {
    rmSync(root, { recursive: true });
  }
});
