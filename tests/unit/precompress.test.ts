import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { startCompressor } from '../../src/server/precompress.ts';

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
