/**
 * Imports in src/ run one way, as the data does (notes -> content -> pages -> checks): a file may import
 * its own folder and the folders below it, never one above. An upward import is how a folder stops being
 * usable without the ones that use it (a schema that needs the command parser, a parser that needs the
 * renderer), so it fails here with the file, the line and both folders.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { filesUnder } from '../../src/fs/files.ts';

const SRC = join(import.meta.dirname, '../../src');

/** The files directly in src/ (content.config.ts, middleware.ts, env.d.ts): Astro's entry points. */
const TOP_LEVEL = '(src/)';

/**
 * The folders of src/, bottom first: each may import only itself and the folders listed before it.
 * The one home of this order; a new folder fails the test until it is placed here.
 */
export const LAYERS = [
  'fs', // listing folders: the build steps, scripts and tests all walk files the same way
  'workers', // the build's worker threads, asked and answered in order
  'i18n', // languages and interface strings: everything else may speak them
  'html', // text helpers with no knowledge of the site
  'mdx', // a chapter's MDX parsed once: headings, code, links, each with its line
  'schemas', // the shape of every content file (and the shells a variant may name)
  'reference', // pure parsing of commands, shells and fence meta against those shapes
  'content', // reading the collections, using the parsers
  'markdown', // rendering and checking chapters, using what content read
  'search', // passages and the index, built from the rendered pages and the reference
  'og',
  'server',
  'reading',
  'not-found', // the nearest page to a missing address, for the 404 page
  'styles',
  'components',
  'layouts',
  'pages',
  TOP_LEVEL,
  'checks', // the lossless and parity rules, run by tests and scripts over everything above
] as const;

const SOURCE = /\.(?:ts|mts|mjs|js|astro)$/;

const sourceFiles = (dir: string) => filesUnder(dir).filter((file) => SOURCE.test(file));

/** The folder of src/ that `path` belongs to. */
const areaOf = (path: string) => {
  const parts = relative(SRC, path).split(sep);
  return parts.length === 1 ? TOP_LEVEL : parts[0]!;
};

// `import x from '…'`, `import type … from '…'`, `export … from '…'`, `import '…'` and `import('…')`.
const IMPORT = /\b(?:import|export)\s+(?:type\s+)?(?:[\w*{}\s,$]+?\s+from\s+)?['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

interface Import {
  file: string;
  line: number;
  from: string;
  to: string;
}

/** Every relative import in src/ that crosses from one folder of src/ into another. */
function crossFolderImports(): Import[] {
  return sourceFiles(SRC).flatMap((file) => {
    const text = readFileSync(file, 'utf8');
    return [...text.matchAll(IMPORT)].flatMap((m) => {
      const specifier = (m[1] ?? m[2])!;
      if (!specifier.startsWith('.')) return [];
      const target = join(dirname(file), specifier.split('?')[0]!);
      if (relative(SRC, target).startsWith('..')) return [];
      const from = areaOf(file);
      const to = areaOf(target);
      if (from === to) return [];
      const line = text.slice(0, m.index).split('\n').length;
      return [{ file: relative(join(SRC, '..'), file), line, from, to }];
    });
  });
}

const rank = (area: string) => (LAYERS as readonly string[]).indexOf(area);

test('every folder of src/ has its place in the order', () => {
  const folders = readdirSync(SRC, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
  const unplaced = folders.filter((name) => rank(name) < 0);
  assert.deepEqual(unplaced, [], `src/ folders missing from LAYERS in ${relative(process.cwd(), import.meta.filename)}`);
});

test('imports in src/ run downward only', () => {
  const imports = crossFolderImports();
  // The reader must see the imports it judges: the site's folders import each other in well over a hundred places.
  assert.ok(imports.length > 100, `only ${imports.length} imports between folders found: is the import pattern broken?`);
  const upward = imports
    .filter((i) => rank(i.to) > rank(i.from))
    .map((i) => `${i.file}:${i.line}: ${i.from} imports ${i.to}, which sits above it`);
  assert.deepEqual(upward, []);
});
