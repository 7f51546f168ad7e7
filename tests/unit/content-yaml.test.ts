import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseYaml, yamlProblems } from '../../src/content/yaml.ts';
import { loadReferenceEntries } from '../../src/content/load-entries.ts';

test('a YAML syntax error names the file, line and column', () => {
  assert.deepEqual(parseYaml('a: 1\nb: [2, 3]\n', 'x.yaml'), { a: 1, b: [2, 3] });
  assert.throws(() => parseYaml('name: docker run\nkind: cli: docker\n', 'content/commands/run.yaml'), {
    message: 'content/commands/run.yaml:2:10: bad indentation of a mapping entry',
  });
});

test('a folder of command files reports every broken file, and loading the reference names the file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'yaml-'));
  try {
    writeFileSync(join(dir, 'zz-good.yaml'), 'a: 1\n');
    writeFileSync(join(dir, 'run.yaml'), 'name: docker run\nusage: [docker run\n');
    writeFileSync(join(dir, 'ps.yaml'), 'kind: cli: x\n');
    const problems = yamlProblems(dir, dir);
    assert.equal(problems.length, 2);
    assert.match(problems[0]!, /^ps\.yaml:1:\d+: /);
    assert.match(problems[1]!, /^run\.yaml:\d+:\d+: /);
    assert.throws(() => loadReferenceEntries(dir), /content\/commands\/ps\.yaml:1:10: bad indentation/);
  } finally {
    rmSync(dir, { recursive: true });
  }
});
