import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { headerPolicy, inlineHashes, metaPolicy, narrowMetaPolicy, nginxHeaderConf, pageCsp, parsePolicy } from '../../src/server/csp-header.ts';
import { CSP_HEADER_FILE, writeCspHeader } from '../../src/server/csp-header-file.ts';

test('the policy is read from a page\'s <meta http-equiv="content-security-policy">', () => {
  const html = `<html><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'sha256-a'"></head></html>`;
  assert.equal(metaPolicy(html), "default-src 'self'; script-src 'self' 'sha256-a'");
  assert.equal(metaPolicy('<html><head></head></html>'), undefined);
});

test('the header allows what any page allows, directive by directive, and adds frame-ancestors', () => {
  const policy = headerPolicy(["default-src 'self'; script-src 'self' 'sha256-a'", "default-src 'self'; script-src 'self' 'sha256-b'; style-src 'self'"]);
  const directives = parsePolicy(policy);
  assert.deepEqual(directives.get('script-src'), ["'self'", "'sha256-a'", "'sha256-b'"]);
  assert.deepEqual(directives.get('style-src'), ["'self'"]);
  assert.deepEqual(directives.get('frame-ancestors'), ["'none'"]);
  assert.deepEqual([...directives.keys()], ['default-src', 'script-src', 'style-src', 'frame-ancestors']);
});

test('no page with a policy is an error, not an empty header', () => {
  assert.throws(() => headerPolicy([]), /no page has a Content-Security-Policy/);
});

test('the nginx include quotes the policy and refuses characters that would break it', () => {
  assert.equal(nginxHeaderConf("default-src 'self'").split('\n')[1], `add_header Content-Security-Policy "default-src 'self'" always;`);
  assert.throws(() => nginxHeaderConf('default-src "self"'), /nginx would misread/);
});

test('inline scripts and styles are hashed as the browser hashes them; scripts with src are not', () => {
  const html = `<html><head><script>a()</script><script src="/x.js"></script><style>p{}</style></head></html>`;
  assert.deepEqual(inlineHashes(html), {
    'script-src': ["'sha256-" + createHash('sha256').update('a()').digest('base64') + "'"],
    'style-src': ["'sha256-" + createHash('sha256').update('p{}').digest('base64') + "'"],
  });
  const policy = parsePolicy(headerPolicy(["script-src 'self'; style-src 'self'"], inlineHashes(html)));
  assert.equal(policy.get('script-src')!.length, 2);
  assert.throws(() => headerPolicy(["default-src 'self'"], { 'script-src': ["'sha256-x'"] }), /no page's policy has script-src/);
});

test('narrowMetaPolicy keeps the hashes of the page\'s own inline scripts and styles, and every other source', () => {
  const own = "console.log('mine')";
  const ownHash = inlineHashes(`<script>${own}</script>`)['script-src'][0];
  const html = `<html><head><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' ${ownHash} 'sha256-other'; style-src 'self' 'sha256-style'"></head><body><script>${own}</script></body></html>`;
  assert.equal(metaPolicy(narrowMetaPolicy(html, 'page.html')), `default-src 'self'; script-src 'self' ${ownHash}; style-src 'self'`);
  assert.throws(() => narrowMetaPolicy('<html><head></head></html>', 'bare.html'), /bare\.html has no Content-Security-Policy/);
});

test('the header file lists the hashes some page holds, not every hash Astro wrote into the <meta> policies', () => {
  const site = mkdtempSync(join(tmpdir(), 'csp-header-'));
  try {
    const page = (script: string) => `<html><head><script>${script}</script><meta http-equiv="content-security-policy" content="script-src 'self' 'sha256-unused' 'sha256-alsoUnused'; style-src 'self' 'sha256-noStyle'"></head></html>`;
    const pages = ['first()', 'second()'].map((script, i) => ({ file: `page${i}.html`, csp: pageCsp(page(script)) }));
    writeCspHeader(site, pages);
    const header = parsePolicy(readFileSync(join(site, CSP_HEADER_FILE), 'utf8').match(/"(.*)"/)![1]);
    const held = pages.flatMap(({ csp }) => csp.hashes['script-src']);
    assert.deepEqual(header.get('script-src'), ["'self'", ...held]);
    assert.deepEqual(header.get('style-src'), ["'self'"]);
  } finally {
    rmSync(site, { recursive: true, force: true });
  }
});
