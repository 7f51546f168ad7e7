/**
 * The server configuration stays in step with the site and with the Docker image, which the tests
 * cannot run (no Docker here): the image must serve the same deploy/nginx.conf, with every placeholder set.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FALLBACK_LOCALE, LOCALES } from '../../src/i18n/index.ts';
import { homePath } from '../../src/i18n/paths.ts';
import { notFoundPath } from '../../src/server/not-found-pages.ts';
import { HASHED_PATHS } from '../../src/reading/offline/policy.ts';
import { mainConfig, ROOT, SITE_CONFIG, siteConfig, WORKER_SETTINGS } from '../../scripts/lib/nginx.ts';

const config = readFileSync(SITE_CONFIG, 'utf8');
const dockerfile = readFileSync(join(ROOT, 'Dockerfile'), 'utf8');
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const placeholders = [...new Set([...config.matchAll(/\$\{(\w+)\}/g)].map((m) => m[1]!))].sort();

test('the Docker image serves deploy/nginx.conf as its server template', () => {
  assert.match(dockerfile, /^COPY deploy\/nginx\.conf \/etc\/nginx\/templates\/default\.conf\.template$/m);
  assert.match(dockerfile, /^FROM nginx:/m);
  assert.match(dockerfile, /^FROM node:24\S* AS build$/m);
});

test('the Docker image sets every placeholder of deploy/nginx.conf, and the site root is where it copies dist/', () => {
  const env = /^ENV (.+)$/m.exec(dockerfile)?.[1] ?? '';
  const values = Object.fromEntries([...env.matchAll(/(\w+)=(\S+)/g)].map((m) => [m[1]!, m[2]!]));
  assert.deepEqual(Object.keys(values).sort(), placeholders);
  assert.equal(values.NGINX_LISTEN, '80', 'the README runs the image with -p 8080:80');
  assert.match(dockerfile, new RegExp(`^COPY --from=build /site/dist/ ${values.SITE_ROOT}/$`, 'm'));
});

/** Each `map` block of the config by the variable it sets: its lines as [match, value], `default` included. */
function maps(text: string): Map<string, [string, string][]> {
  return new Map(
    [...text.matchAll(/^map \S+ \$(\w+) \{\n([\s\S]*?)^\}/gm)].map((m) => [
      m[1]!,
      [...m[2]!.matchAll(/^\s*("[^"]*"|\S+)\s+(\S+);$/gm)].map((line) => [line[1]!.replace(/^"|"$/g, ''), line[2]!] as [string, string]),
    ]),
  );
}

// Which reader gets which home is checked against a running nginx in nginx.test.ts; this checks the maps
// name no language the site lacks, leave none out, and send everyone else to FALLBACK_LOCALE's home.
test('every language has its 404 page; the language maps name each language\'s home and fall back to FALLBACK_LOCALE\'s', () => {
  const all = maps(config);
  const notFound = all.get('not_found_page');
  assert.ok(notFound, 'no map sets $not_found_page');
  assert.deepEqual(notFound, [...LOCALES.map((lang) => [`~^/${lang}/`, notFoundPath(lang)]), ['default', '/404.html']]);

  const homes = new Set(LOCALES.map(homePath));
  const homeMaps = [...all].filter(([, lines]) => lines.some(([, value]) => homes.has(value)));
  assert.deepEqual(homeMaps.map(([name]) => name).sort(), ['first_listed_home', 'preferred_home']);
  const named = new Set(homeMaps.flatMap(([, lines]) => lines.map(([, value]) => value)).filter((value) => !value.startsWith('$')));
  assert.deepEqual([...named].sort(), [...homes].sort(), 'the homes the maps send readers to');
  for (const [name, lines] of homeMaps) {
    assert.deepEqual(lines.at(-1), ['default', homePath(FALLBACK_LOCALE)], `$${name} falls back to ${homePath(FALLBACK_LOCALE)}`);
  }
});

/** The variable or string each `map` block reads, by the variable it sets. */
function mapSources(text: string): Map<string, string> {
  return new Map([...text.matchAll(/^map ("[^"]*"|\S+) \$(\w+) \{$/gm)].map((m) => [m[2]!, m[1]!.replace(/^"|"$/g, '')]));
}

/** An nginx map pattern (`~*` case-insensitive, `~` not) as a JavaScript RegExp. */
const nginxRegex = (pattern: string) => new RegExp(pattern.replace(/^~\*?/, '').replace(/\(\?<(\w+)>/g, '(?<$1>'), pattern.startsWith('~*') ? 'i' : '');

// nginx has no loops: the Accept-Language choice is written out per language. This holds that writing to LOCALES.
test('every language has its Accept-Language quality and rank maps, and the home choice compares exactly those', () => {
  const all = maps(config);
  const sources = mapSources(config);
  const perLanguage = (suffix: string) => [...sources.keys()].filter((name) => name.endsWith(suffix)).map((name) => name.slice(0, -suffix.length)).sort();
  assert.deepEqual(perLanguage('_q'), [...LOCALES].sort(), 'one $<lang>_q map per language');
  assert.deepEqual(perLanguage('_rank'), [...LOCALES].sort(), 'one $<lang>_rank map per language');
  for (const lang of LOCALES) {
    assert.equal(sources.get(`${lang}_q`), '$http_accept_language');
    const quality = nginxRegex(all.get(`${lang}_q`)![0]![0]);
    assert.match(`fr;q=0.9, ${lang.toUpperCase()}-XX;q=0.5`, quality, `$${lang}_q reads ${lang}`);
    for (const other of LOCALES.filter((l) => l !== lang)) assert.doesNotMatch(other, quality, `$${lang}_q does not read ${other}`);
    assert.equal(sources.get(`${lang}_rank`), `$${lang}_q`);
  }
  assert.equal(sources.get('preferred_home'), LOCALES.map((lang) => `$${lang}_rank`).join(':'), '$preferred_home compares every language\'s rank, in LOCALES order');
  const firstListed = all.get('first_listed_home')!;
  for (const lang of LOCALES) {
    const listedFirst = firstListed.find(([match]) => match !== 'default' && nginxRegex(match).test(`fr, ${lang}-XX, ${LOCALES.filter((l) => l !== lang).join(', ')}`));
    assert.equal(listedFirst?.[1] ?? firstListed.at(-1)![1], homePath(lang), `$first_listed_home: ${lang} listed first`);
  }
});

test('filling the placeholders leaves none behind and refuses unknown ones', () => {
  const filled = siteConfig(config, { NGINX_LISTEN: '127.0.0.1:8080', SITE_ROOT: '/srv/site' });
  assert.doesNotMatch(filled, /\$\{/);
  assert.match(filled, /listen 127\.0\.0\.1:8080;/);
  assert.match(filled, /root \/srv\/site;/);
  assert.throws(() => siteConfig('root ${SITE_DIR};', { NGINX_LISTEN: '80', SITE_ROOT: '/x' }), /unknown placeholder \$\{SITE_DIR\}/);
});

test('local servers run with the worker settings the Docker image is checked for', () => {
  const check = /^RUN grep -Eq '\^worker_processes \+(\w+);' \/etc\/nginx\/nginx\.conf && grep -Eq '\^ \+worker_connections \+(\d+);' \/etc\/nginx\/nginx\.conf$/m.exec(dockerfile);
  assert.ok(check, 'the Dockerfile checks the image\'s worker settings');
  assert.deepEqual({ worker_processes: check[1], worker_connections: Number(check[2]) }, WORKER_SETTINGS);
  const main = mainConfig('/tmp/x');
  assert.match(main, new RegExp(`^worker_processes ${WORKER_SETTINGS.worker_processes};$`, 'm'));
  assert.match(main, new RegExp(`events \\{ worker_connections ${WORKER_SETTINGS.worker_connections}; \\}`));
});

test('what the README says about .br holds for the image: nginx.org\'s build has no brotli module, so it ships and sends only .gz', () => {
  assert.match(dockerfile, /^FROM nginx:stable$/m, 'nginx.org\'s image, which has no brotli module');
  assert.doesNotMatch(config, /brotli/, 'deploy/nginx.conf would not load in that image with a brotli directive');
  assert.match(dockerfile, /^RUN npm run build && find dist -name '\*\.br' -delete$/m, 'the image holds no .br files');
  assert.match(readme, /The Docker image \(`nginx:stable`, nginx\.org's build, which has no brotli module\) sends the `\.gz` copies/);
  assert.match(readme, /`\.br` files are sent by `npm run serve:nginx`, `npm run test:server` and the browser tests/);
});

test('nginx caches for a year exactly the files the service worker serves from its cache', () => {
  const cacheMap = /^map \$uri \$cache_control \{\n([\s\S]*?)^\}/m.exec(config)?.[1] ?? '';
  const immutable = [...cacheMap.matchAll(/^\s*~(\S+) "public, max-age=31536000, immutable";$/gm)].map((m) => m[1]);
  assert.deepEqual(immutable, [...HASHED_PATHS]);
});
