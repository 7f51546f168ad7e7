import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { compress } from '../../src/server/precompress.ts';

test('the worker threads compress every file given, each once, into copies of its own content', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'precompress-'));
  try {
    // Sizes far apart, so the shares dealt to the workers differ in length.
    const bodies = new Map([1, 7, 40, 300, 2000, 9].map((kb, i) => [join(dir, `page-${i}.html`), `<p>${String(i).repeat(kb * 1024)}</p>`]));
    for (const [file, body] of bodies) writeFileSync(file, body);
    const copies = await compress([...bodies.keys()]);
    assert.deepEqual(copies.map((c) => c.file).sort(), [...bodies.keys()].sort());
    for (const { file, gz, br } of copies) {
      assert.equal(gunzipSync(gz).toString(), bodies.get(file), `${file}.gz`);
      assert.equal(brotliDecompressSync(br).toString(), bodies.get(file), `${file}.br`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
