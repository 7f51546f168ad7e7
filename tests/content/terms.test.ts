/**
 * One Korean term per concept (content/glossary.yaml's `rejected` variants): the reference entries, the UI
 * strings and the site's own Korean text never use a rejected variant; a Korean note may use one only as often
 * as the note it comes from does (content/sources/), since the notes keep their author's words. No other
 * exceptions. Reader phrases (`phrases:` in an entry) are left out: they are the words readers type into the
 * search box, never shown, and a variant there is how the entry is found.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chapterFiles } from '../support/notes.ts';
import { LineCounter, parseDocument, visit, isScalar } from 'yaml';
import { countRejected, parseGlossary, rejectedTerms } from '../../src/reference/terms.ts';

const ROOT = join(import.meta.dirname, '../..');
const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');
const glossary = parseGlossary(read('content/glossary.yaml'), 'content/glossary.yaml');

test('the glossary settles the concepts the team chose, each with its rejected variants', () => {
  const settled = Object.fromEntries(glossary.filter((e) => e.rejected).map((e) => [e.ko, e.rejected]));
  for (const [term, variant] of [
    ['라벨', '레이블'],
    ['기본 bridge 네트워크', '기본 브리지 네트워크'],
    ['상태 확인', '헬스체크'],
    ['타임스탬프', '시각'],
    ['포트 게시', '포트 공개'],
    ['파일 시스템', '파일시스템'],
    ['사설 레지스트리', '비공개 저장소'],
    ['Dockerfile 명령어', 'Dockerfile 명령'],
    ['사용 중단', '폐기'],
    ['레거시', '옛 방식'],
  ]) {
    assert.ok(settled[term!]?.includes(variant!), `content/glossary.yaml: ${term} should reject ${variant}`);
  }
});

/** The Korean strings of a YAML file (values of `ko` keys, outside `phrases`), each with its line. */
function koreanStrings(file: string): { line: number; text: string }[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(read(file), { lineCounter });
  const found: { line: number; text: string }[] = [];
  visit(doc, {
    Pair(_key, pair, path) {
      if (!isScalar(pair.key)) return;
      if (pair.key.value === 'phrases' && path.length <= 2) return visit.SKIP;
      if (pair.key.value === 'ko' && isScalar(pair.value) && typeof pair.value.value === 'string') {
        found.push({ line: lineCounter.linePos(pair.value.range![0]).line, text: pair.value.value });
      }
      return undefined;
    },
  });
  return found;
}

function problemsIn(file: string, strings: { line: number; text: string }[]): string[] {
  return strings.flatMap(({ line, text }) => rejectedTerms(text, glossary).map((hit) => `${file}:${line}: ${hit.variant} -> ${hit.preferred}`));
}

const yamlFiles = [
  ...readdirSync(join(ROOT, 'content/commands')).filter((f) => f.endsWith('.yaml')).sort().map((f) => `content/commands/${f}`),
  'content/notes.yaml',
  'content/corrections.yaml',
  'content/added-commands.yaml',
];

test('the reference and the site\'s Korean data use no rejected variant', () => {
  const strings = yamlFiles.map((file) => ({ file, strings: koreanStrings(file) }));
  assert.ok(strings.filter((f) => f.file.startsWith('content/commands/')).every((f) => f.strings.length > 0), 'every entry has Korean text to check');
  assert.deepEqual(strings.flatMap(({ file, strings }) => problemsIn(file, strings)), []);
});

test('the UI strings use no rejected variant', () => {
  const problems: string[] = [];
  for (const file of readdirSync(join(ROOT, 'src/i18n')).filter((f) => f.endsWith('.json'))) {
    const lines = read(`src/i18n/${file}`).split('\n');
    lines.forEach((line, i) => {
      for (const hit of rejectedTerms(line, glossary)) problems.push(`src/i18n/${file}:${i + 1}: ${hit.variant} -> ${hit.preferred}`);
    });
  }
  assert.deepEqual(problems, []);
});

// A Korean chapter holds its note's words plus the site's (front matter, screenshot captions, headings it adds):
// per note, the chapters together may use each variant at most as often as the source does.
const notes = (JSON.parse(JSON.stringify(parseDocument(read('content/notes.yaml')).toJS())) as { slug: string; source: string }[]);
for (const { slug, source } of notes) {
  test(`content/notes/ko/${slug}/ uses a rejected variant no more often than ${source}`, () => {
    const sourceCounts = countRejected(read(`content/sources/${source}`), glossary);
    const dir = `content/notes/ko/${slug}`;
    const chapters = readdirSync(join(ROOT, dir)).filter((f) => f.endsWith('.mdx')).sort();
    const counts = new Map<string, number>();
    for (const chapter of chapters) for (const [variant, n] of countRejected(read(`${dir}/${chapter}`), glossary)) counts.set(variant, (counts.get(variant) ?? 0) + n);
    const problems: string[] = [];
    for (const [variant, n] of counts) {
      const allowed = sourceCounts.get(variant) ?? 0;
      if (n <= allowed) continue;
      const lines = chapters.flatMap((chapter) =>
        read(`${dir}/${chapter}`)
          .split('\n')
          .flatMap((line, i) => (rejectedTerms(line, glossary).some((h) => h.variant === variant) ? [`${dir}/${chapter}:${i + 1}`] : [])),
      );
      const preferred = glossary.find((e) => e.rejected?.includes(variant))!.ko;
      problems.push(`${variant} -> ${preferred}: ${n} times, the source has it ${allowed} times; in ${lines.join(', ')}`);
    }
    assert.deepEqual(problems, []);
  });
}

test('--link is legacy, not deprecated, in both languages', () => {
  const problems: string[] = [];
  for (const file of yamlFiles.filter((f) => f.startsWith('content/commands/'))) {
    const entry = parseDocument(read(file)).toJS() as { options?: { long?: string; description: Record<string, string>; legacy?: { why: Record<string, string> } }[] };
    for (const option of entry.options ?? []) {
      if (option.long !== '--link') continue;
      // Code (`DOCKER_KEEP_DEPRECATED_LEGACY_LINKS_ENV_VARS`) is Docker's spelling, not the entry's words.
      const text = [...Object.values(option.description), ...Object.values(option.legacy?.why ?? {})].join(' ').replace(/`[^`]*`/g, '');
      if (/deprecated|사용 중단|폐기/i.test(text)) problems.push(`${file}: --link is called deprecated; it is legacy`);
    }
    // Any other text that names --link calls it legacy too, not old or deprecated.
    for (const { line, text } of koreanStrings(file)) if (/(예전|옛|사용 중단된|폐기된)\S*\s*`?--link/.test(text)) problems.push(`${file}:${line}: --link is called old; it is legacy`);
    for (const [i, line] of read(file).split('\n').entries()) if (/\b(old|deprecated|obsolete)\s+`?--link\b/i.test(line)) problems.push(`${file}:${i + 1}: --link is called old; it is legacy`);
  }
  assert.deepEqual(problems, []);
});

// The English is in Docker's vocabulary with American spelling: the British forms that have crept in before.
const BRITISH = /\b\w*(?:initiali|recogni|organi|customi|optimi|seriali|normali|prioriti|authori|minimi|maximi|summari|utili|visuali|synchroni|categori|speciali|finali|standardi|containeri|virtuali|stabili)s(?:e|ed|es|ing|ation|ations)\b|\b(?:behaviour|colour|favour|centre|analyse|licence|catalogue|labelled|labelling|cancelled|modelling|travelled)s?\b/gi;

test('the English uses American spelling', () => {
  const problems: string[] = [];
  const scan = (file: string, text: string, firstLine = 1) =>
    text.split('\n').forEach((line, i) => {
      for (const m of line.matchAll(BRITISH)) problems.push(`${file}:${firstLine + i}: ${m[0]}`);
    });
  for (const file of yamlFiles) scan(file, read(file));
  scan('src/i18n/en.json', read('src/i18n/en.json'));
  for (const { path } of chapterFiles('en')) scan(path, read(path));
  assert.deepEqual(problems, []);
});
