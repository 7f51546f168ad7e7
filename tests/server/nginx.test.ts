/**
 * The production server (deploy/nginx.conf) over the built site, as a reader's browser meets it:
 * status codes, redirects, the 404 page of each language, compression, cache and security headers.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { get as httpGet } from 'node:http';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { LOCALES } from '../../src/i18n/index.ts';
import { DIST, freePort, hasBrotliStatic, startNginx, type RunningNginx } from '../../scripts/lib/nginx.ts';
import { inlineHashes, metaPolicy, parsePolicy } from '../../src/server/csp-header.ts';
import { PAGE_HEADER_BYTES } from '../../src/server/first-round-trip.ts';

let nginx: RunningNginx;
before(async () => {
  nginx = await startNginx({ port: await freePort() });
});
after(async () => {
  await nginx?.stop();
});

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /** The bytes as sent: fetch() would undo the compression these tests check. */
  body: Buffer;
  /** The status line and headers as sent, in bytes. */
  headerBytes?: number;
  header: (name: string) => string | null;
  text: () => string;
}

function get(path: string, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = httpGet(`${nginx.url}${path}`, { headers: { 'accept-encoding': 'identity', ...headers } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        const body = Buffer.concat(chunks);
        const header = (name: string) => {
          const value = response.headers[name.toLowerCase()];
          return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value;
        };
        const lines = [`HTTP/${response.httpVersion} ${response.statusCode} ${response.statusMessage}`];
        for (let i = 0; i < response.rawHeaders.length; i += 2) lines.push(`${response.rawHeaders[i]}: ${response.rawHeaders[i + 1]}`);
        const headerBytes = Buffer.byteLength(lines.map((line) => `${line}\r\n`).join('') + '\r\n');
        resolve({ status: response.statusCode!, headers: response.headers, body, headerBytes, header, text: () => body.toString('utf8') });
      });
    });
    request.on('error', reject);
  });
}

/** Byte equality without assert's element-by-element diff of two large buffers. */
const sameBytes = (actual: Buffer, expected: Buffer, what: string) =>
  assert.ok(actual.equals(expected), `${what}: ${actual.length} bytes sent, ${expected.length} expected`);

const astroAsset = readdirSync(join(DIST, '_astro')).find((f) => f.endsWith('.css'))!;
const pagefindFragment = readdirSync(join(DIST, 'pagefind/fragment')).find((f) => f.endsWith('.pf_fragment'))!;
const pagefindMeta = readdirSync(join(DIST, 'pagefind')).find((f) => f.endsWith('.pf_meta'))!;

describe('addresses', () => {
  test('a page is served at its address with a trailing slash', async () => {
    const response = await get('/en/reference/run/');
    assert.equal(response.status, 200);
    assert.match(response.header('content-type')!, /^text\/html; charset=utf-8/);
  });

  for (const path of ['/en/reference/run', '/ko', '/ko/notes/easy-docker/images-and-containers']) {
    test(`${path} without its trailing slash is redirected permanently to ${path}/`, async () => {
      const response = await get(`${path}`);
      assert.equal(response.status, 301);
      assert.equal(response.header('location'), `${path}/`);
    });
  }

  test('the build output meant for the server is not served', async () => {
    assert.equal((await get('/_server/csp-header.conf')).status, 404);
  });
});

describe('404 pages', () => {
  for (const lang of LOCALES) {
    test(`an unknown path under /${lang}/ answers 404 with the ${lang} 404 page`, async () => {
      // A folder with no index page of its own (/ko/notes/) is missing too: no bare English 403.
      for (const path of [`/${lang}/no-such-page/`, `/${lang}/reference/no-such-command`, `/${lang}/notes/x/y/z.png`, `/${lang}/notes/`]) {
        const response = await get(path);
        assert.equal(response.status, 404, path);
        const html = response.text();
        assert.equal(html, readFileSync(join(DIST, lang, '404.html'), 'utf8'), `${path} answers /${lang}/404.html`);
        assert.match(html, new RegExp(`<html lang="${lang}"`));
      }
    });
  }

  test('folders of build files without an index page answer the bilingual 404 page, not a 403', async () => {
    for (const path of ['/_astro/', '/pagefind/', '/search-index/', '/pagefind/fragment/']) {
      const response = await get(path);
      assert.equal(response.status, 404, path);
      assert.equal(response.text(), readFileSync(join(DIST, '404.html'), 'utf8'), path);
    }
  });

  test('an unknown path elsewhere answers 404 with the bilingual 404 page', async () => {
    const response = await get('/no-such-page/');
    assert.equal(response.status, 404);
    assert.equal(response.text(), readFileSync(join(DIST, '404.html'), 'utf8'));
  });
});

describe('/ by Accept-Language', () => {
  const cases: [string | undefined, string][] = [
    ['ko-KR,ko;q=0.9,en-US;q=0.8', '/ko/'],
    ['ko', '/ko/'],
    ['fr-FR,fr;q=0.9,ko;q=0.8', '/ko/'],
    ['en-US,en;q=0.9,ko;q=0.8', '/en/'],
    ['fr-FR,fr;q=0.9', '/en/'],
    ['de-DE,de;q=0.9,en;q=0.8', '/en/'],
    ['kok-IN', '/en/'],
    [undefined, '/en/'],
    // By quality, not by place in the list: q is 1 when not given; equal qualities go to the one listed first.
    ['en;q=0.1, ko;q=0.9', '/ko/'],
    ['ko;q=0.1, en;q=0.9', '/en/'],
    ['en-US;q=0.5,ko-KR', '/ko/'],
    ['fr,en;q=0.85,ko;q=0.851', '/ko/'],
    ['fr,ko;q=0.85,en;q=0.851', '/en/'],
    ['EN;Q=0.3, KO;Q=0.7', '/ko/'],
    ['en;q=0.8, ko;q=0.8', '/en/'],
    ['ko;q=0.8, en;q=0.8', '/ko/'],
    ['fr, en, ko', '/en/'],
    ['fr, ko, en', '/ko/'],
    ['ko;q=0, en;q=0', '/en/'],
    ['ko;q=0', '/en/'],
    ['en;q=0, ko;q=0.001', '/ko/'],
    ['*;q=0.5, en;q=0.2', '/en/'],
  ];
  for (const [language, home] of cases) {
    test(`Accept-Language ${language ?? '(none)'} goes to ${home}`, async () => {
      const response = await get('/', language ? { 'accept-language': language } : {});
      assert.equal(response.status, 302);
      assert.equal(response.header('location'), home);
      assert.match(response.header('vary') ?? '', /Accept-Language/);
    });
  }
});

describe('compression', () => {
  const compressible = ['/ko/', `/_astro/${astroAsset}`, '/robots.txt', '/pagefind/pagefind.js', '/pagefind/pagefind-entry.json'];
  for (const path of compressible) {
    test(`${path} is sent gzip-compressed from the file the build wrote`, async () => {
      const response = await get(path, { 'accept-encoding': 'gzip' });
      assert.equal(response.status, 200);
      assert.equal(response.header('content-encoding'), 'gzip');
      assert.match(response.header('vary') ?? '', /Accept-Encoding/);
      const body = response.body;
      const file = path.endsWith('/') ? `${path}index.html` : path;
      sameBytes(body, readFileSync(join(DIST, `${file}.gz`)), `${path}: the build's .gz`);
      sameBytes(gunzipSync(body), readFileSync(join(DIST, file)), `${path}: unpacked`);
    });
  }

  test('a text file without a precompressed copy is compressed on the fly', async () => {
    // A site of one stylesheet and no .gz beside it: what nginx sends compressed, it compressed itself.
    const site = mkdtempSync(join(tmpdir(), 'docker-notes-plain-site-'));
    chmodSync(site, 0o755); // readable by nginx's workers, which run as nobody under root
    mkdirSync(join(site, '_server'));
    writeFileSync(join(site, '_server/csp-header.conf'), "add_header Content-Security-Policy \"default-src 'self'\" always;\n");
    mkdirSync(join(site, 'ko'));
    writeFileSync(join(site, 'ko/index.html'), '<!doctype html><title>ko</title>');
    const css = 'body { color: black; }\n'.repeat(100);
    writeFileSync(join(site, 'plain.css'), css);
    const plain = await startNginx({ port: await freePort(), site });
    try {
      const response = await new Promise<Answer>((resolve, reject) => {
        httpGet(`${plain.url}/plain.css`, { headers: { 'accept-encoding': 'gzip' } }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks), header: (n) => (res.headers[n] as string) ?? null, text: () => '' }));
        }).on('error', reject);
      });
      assert.equal(response.status, 200);
      assert.equal(response.header('content-encoding'), 'gzip');
      assert.equal(gunzipSync(response.body).toString('utf8'), css);
    } finally {
      await plain.stop();
      rmSync(site, { recursive: true, force: true });
    }
  });

  test(`a page's status line and headers take at most ${PAGE_HEADER_BYTES} bytes, the room the build leaves them in the first round trip`, async () => {
    // The longest page, sent compressed: Content-Encoding and Vary are among its headers.
    const response = await get('/ko/notes/fastest-docker/using-docker-further/', { 'accept-encoding': 'gzip' });
    assert.equal(response.header('content-encoding'), 'gzip');
    assert.ok(response.headerBytes! <= PAGE_HEADER_BYTES, `${response.headerBytes} bytes of headers (src/server/first-round-trip.ts allows ${PAGE_HEADER_BYTES})`);
  });

  test('a browser that accepts no compression gets the plain file', async () => {
    const response = await get('/ko/');
    assert.equal(response.header('content-encoding'), null);
    sameBytes(response.body, readFileSync(join(DIST, 'ko/index.html')), '/ko/');
  });

  test('brotli where Debian\'s brotli static module is installed', { skip: !hasBrotliStatic() && 'libnginx-mod-http-brotli-static is not installed' }, async () => {
    const response = await get('/ko/', { 'accept-encoding': 'gzip, br' });
    assert.equal(response.header('content-encoding'), 'br');
    sameBytes(response.body, readFileSync(join(DIST, 'ko/index.html.br')), "/ko/: the build's .br");
  });
});

describe('caching', () => {
  const immutable = [`/_astro/${astroAsset}`, `/pagefind/fragment/${pagefindFragment}`, `/pagefind/${pagefindMeta}`];
  for (const path of immutable) {
    test(`${path} (named by its content) is cached for a year`, async () => {
      const response = await get(path);
      assert.equal(response.status, 200);
      assert.equal(response.header('cache-control'), 'public, max-age=31536000, immutable');
    });
  }
  for (const path of ['/ko/', '/en/reference/run/', '/pagefind/pagefind.js', '/pagefind/pagefind-entry.json', '/favicon.png']) {
    test(`${path} (same name, new content) is revalidated`, async () => {
      const response = await get(path);
      assert.equal(response.status, 200);
      assert.equal(response.header('cache-control'), 'no-cache');
    });
  }
});

describe('security headers', () => {
  for (const path of ['/ko/', '/en/reference/flags/', '/ko/no-such-page/', '/', `/_astro/${astroAsset}`]) {
    test(`${path} sends nosniff, a referrer policy and the CSP with frame-ancestors 'none'`, async () => {
      const response = await get(path);
      assert.equal(response.header('x-content-type-options'), 'nosniff');
      assert.equal(response.header('referrer-policy'), 'strict-origin-when-cross-origin');
      const csp = parsePolicy(response.header('content-security-policy') ?? '');
      assert.deepEqual(csp.get('frame-ancestors'), ["'none'"]);
    });
  }

  test('the CSP header allows exactly what the page\'s <meta> CSP allows, and no inline script without a hash', async () => {
    for (const path of ['/ko/', '/en/reference/run/', '/ko/notes/easy-docker/images-and-containers/', '/index.html', '/en/404.html']) {
      const response = await get(path);
      const header = parsePolicy(response.header('content-security-policy')!);
      const html = response.text();
      const meta = parsePolicy(metaPolicy(html)!);
      // The header governs the whole document, the <meta> only what follows it: every inline script must be allowed.
      for (const hash of inlineHashes(html)['script-src']) assert.ok(header.get('script-src')!.includes(hash), `${path}: inline script ${hash} is blocked`);
      for (const [directive, sources] of meta) {
        for (const source of sources) assert.ok(header.get(directive)?.includes(source), `${path}: header ${directive} lacks ${source}`);
      }
      assert.deepEqual([...header.keys()].filter((d) => !meta.has(d)), ['frame-ancestors'], `${path}: directives only in the header`);
      assert.ok(!header.get('script-src')!.includes("'unsafe-inline'"), 'script-src must not allow inline scripts');
    }
  });
});
