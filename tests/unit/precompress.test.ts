import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { fitsFirstRoundTrip } from '../../src/server/first-round-trip.ts';
import { compressedCopies, startCompressor, ZOPFLI_SHARE } from '../../src/server/precompress.ts';

test('the worker threads compress every file given, each once, into copies of its own content, over rounds that overlap', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'precompress-'));
  try {
    // Sizes far apart, so the shares dealt to the workers differ in length.
    const bodies = new Map([1, 7, 40, 300, 2000, 9].map((kb, i) => [join(dir, `page-${i}.html`), `<p>${String(i).repeat(kb * 1024)}</p>`]));
    for (const [file, body] of bodies) writeFileSync(file, body);
    const files = [...bodies.keys()];
    const compressor = startCompressor();
    // Two rounds asked at once, as the build asks for the assets' and the pages' copies: each gets its own files back.
    const [first, second] = await Promise.all([compressor.compress(files.slice(0, 2)), compressor.compress(files.slice(2))]).finally(() => compressor.close());
    assert.deepEqual(first.map((c) => c.file).sort(), files.slice(0, 2).sort());
    assert.deepEqual(second.map((c) => c.file).sort(), files.slice(2).sort());
    for (const { file, gz, br } of [...first, ...second]) {
      assert.equal(gunzipSync(gz).toString(), bodies.get(file), `${file}.gz`);
      assert.equal(brotliDecompressSync(br).toString(), bodies.get(file), `${file}.br`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

/** Numbered rows, each different, like a long reference page: `rows` of them. */
const rowsOfText = (rows: number) => Buffer.from(Array.from({ length: rows }, (_, i) => `<li id="o${i * 7919 % 10007}">option ${(i * 104729) % 99991} ${i.toString(36)}</li>`).join(''));

test('a page whose gzip copy is just past the first round trip gets a smaller one, which gunzip reads back; other files keep gzip\'s', async () => {
  const body = rowsOfText(1620);
  const plain = gzipSync(body, { level: 9 });
  assert.ok(!fitsFirstRoundTrip(plain.length) && fitsFirstRoundTrip(plain.length * ZOPFLI_SHARE), `the sample's gzip copy (${plain.length} B) is not just past the first round trip`);
  const page = await compressedCopies(body, '/site/en/reference/run/index.html');
  const asset = await compressedCopies(body, '/site/_astro/page.js');
  assert.ok(page.gz.length < plain.length, `the page's copy is ${page.gz.length} B, gzip's ${plain.length} B`);
  assert.equal(gunzipSync(page.gz).toString(), body.toString());
  assert.equal(asset.gz.length, plain.length);
});

test('a page that fits the first round trip, or is far past it, keeps gzip\'s copy, which is quicker to make', async () => {
  for (const rows of [300, 2500]) {
    const body = rowsOfText(rows);
    assert.equal((await compressedCopies(body, '/site/en/index.html')).gz.length, gzipSync(body, { level: 9 }).length, `${rows} rows`);
  }
});

test('a search lexicon, which every first search downloads, gets the smaller copy; its typo words do not', async () => {
  const body = rowsOfText(300);
  const plain = gzipSync(body, { level: 9 }).length;
  const lexicon = await compressedCopies(body, '/site/search-index/ko.json');
  assert.ok(lexicon.gz.length < plain, `the lexicon's copy is ${lexicon.gz.length} B, gzip's ${plain} B`);
  assert.equal(gunzipSync(lexicon.gz).toString(), body.toString());
  assert.equal((await compressedCopies(body, '/site/search-index/ko-words.json')).gz.length, plain);
});
