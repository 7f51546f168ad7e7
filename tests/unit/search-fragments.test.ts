/** The build's writing of Pagefind's fragment files: only a record's visible text is left for results to download. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseFragment, writeVisibleFragment } from '../../src/search/fragments.ts';
import { INDEX_ONLY_MARK } from '../../src/search/index-data.ts';

const fragmentFile = (record: object) => gzipSync(`pagefind_dcd${JSON.stringify(record)}`);

test('a fragment keeps its record but the words only the index sees and its word count; a file that is no fragment fails, named', () => {
  const dir = mkdtempSync(join(tmpdir(), 'fragments-'));
  try {
    const record = { url: '/en/reference/rm/', content: `Removes one or more containers. ${INDEX_ONLY_MARK} docker rm delete rm-entry`, word_count: 9, meta: { title: 'docker rm' }, anchors: [] };
    const plain = { url: '/en/notes/n/c/#s', content: 'Text with no index-only words.', meta: { title: 'Section' } };
    // A heading with no text of its own before the next: Pagefind drops the space before the mark.
    const headingOnly = { url: '/en/notes/n/c/#h', content: `${INDEX_ONLY_MARK} Installation install`, meta: { title: 'Installation' } };
    const [cut, untouched, heading, broken] = ['en_a', 'en_b', 'en_c', 'en_d'].map((name) => join(dir, `${name}.pf_fragment`));
    // As Pagefind hands them over: the bytes of each file, written once, cut.
    const written = [[cut!, record], [untouched!, plain], [heading!, headingOnly]].map(([file, r]) => writeVisibleFragment(file as string, fragmentFile(r as object)));
    assert.deepEqual(written.map((w) => w.url), [record.url, plain.url, headingOnly.url]);
    // Without Pagefind's word count, which nothing in the browser reads; its anchors stay (its script reads them).
    const { word_count: _count, ...kept } = record;
    assert.deepEqual(parseFragment(readFileSync(cut!), cut!), { ...kept, content: 'Removes one or more containers.' });
    assert.deepEqual(parseFragment(readFileSync(untouched!), untouched!), plain);
    assert.deepEqual(parseFragment(readFileSync(heading!), heading!), { ...headingOnly, content: '' });
    assert.throws(() => writeVisibleFragment(broken!, gzipSync('{"url":"/x/"}')), new RegExp(`${broken!.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} is not a Pagefind fragment`));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
