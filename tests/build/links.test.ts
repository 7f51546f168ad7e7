/** Every internal link and #fragment of the built site resolves, and no page loads anything from another origin. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, builtPages, pageByUrl } from '../support/site.ts';
import { SITE_ORIGIN } from '../../scripts/lib/addresses.ts';


function idsOf(url: string): Set<string> {
  const page = pageByUrl(url);
  return new Set(page ? page.dom.querySelectorAll('[id]').map((el) => el.id) : []);
}

test('internal links point at built pages and existing fragments', () => {
  const broken: string[] = [];
  let checked = 0;
  for (const page of builtPages()) {
    for (const a of page.dom.querySelectorAll('a[href]')) {
      const href = a.getAttribute('href')!;
      if (/^(https?:|mailto:)/.test(href)) continue;
      const target = new URL(href, SITE_ORIGIN + page.url);
      checked++;
      const path = decodeURIComponent(target.pathname);
      const isFile = /\.[a-z0-9]+$/i.test(path);
      if (!isFile && !path.endsWith('/')) {
        broken.push(`${page.url}: ${href} (no trailing slash)`);
        continue;
      }
      const file = isFile ? join(DIST, path) : join(DIST, path, 'index.html');
      if (!existsSync(file)) {
        broken.push(`${page.url}: ${href} (no such page)`);
        continue;
      }
      const fragment = decodeURIComponent(target.hash.slice(1));
      if (fragment && !isFile && !idsOf(path).has(fragment)) broken.push(`${page.url}: ${href} (no id "${fragment}")`);
    }
  }
  assert.ok(checked > 100, `only ${checked} internal links found: is the site built?`);
  assert.deepEqual(broken, []);
});

test('pages load nothing from another origin', () => {
  const foreign: string[] = [];
  for (const page of builtPages()) {
    for (const el of page.dom.querySelectorAll('script[src], link[href], img[src], iframe, source[src], video, audio')) {
      const ref = el.getAttribute('src') ?? el.getAttribute('href') ?? '';
      const rel = el.getAttribute('rel') ?? '';
      if (rel === 'canonical' || rel === 'alternate') continue;
      if (/^(https?:)?\/\//.test(ref) && !ref.startsWith(SITE_ORIGIN)) foreign.push(`${page.url}: <${el.tagName.toLowerCase()}> ${ref}`);
    }
  }
  assert.deepEqual(foreign, []);
});
