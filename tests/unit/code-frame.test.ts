import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withoutThemeClasses, withoutThemeVariables } from '../../src/markdown/code-frame.ts';
import { parseFenceMeta } from '../../src/reference/fence-meta.ts';
import { languageLabel } from '../../src/markdown/language-labels.ts';

test('fence meta gives the file title and the output flag', () => {
  assert.deepEqual(parseFenceMeta('title="Dockerfile"'), { title: 'Dockerfile', output: false });
  assert.deepEqual(parseFenceMeta("title='docker-compose.yml' output"), { title: 'docker-compose.yml', output: true });
  assert.deepEqual(parseFenceMeta('output'), { title: undefined, output: true });
  assert.deepEqual(parseFenceMeta(undefined), { title: undefined, output: false });
  assert.deepEqual(parseFenceMeta('outputs title=/etc/init.d/docker'), { title: '/etc/init.d/docker', output: false });
});

test('language labels name the language; plain text gets none', () => {
  assert.equal(languageLabel('dockerfile'), 'Dockerfile');
  assert.equal(languageLabel('powershell'), 'PowerShell');
  assert.equal(languageLabel('text'), '');
  assert.equal(languageLabel('toml'), 'toml');
});

test('token styles keep their light-dark() colour and lose the unused theme variables', () => {
  assert.equal(
    withoutThemeVariables('color:light-dark(#702C00, #FFB757);--shiki-light:#702C00;--shiki-dark:#FFB757'),
    'color:light-dark(#702C00, #FFB757)',
  );
  assert.equal(withoutThemeVariables('--shiki-light:#1;--shiki-dark:#2'), '');
});

test('a code block keeps its own class and loses the theme names no stylesheet selects', () => {
  assert.equal(withoutThemeClasses('astro-code astro-code-themes github-light-high-contrast github-dark-high-contrast'), 'astro-code');
  assert.equal(withoutThemeClasses('astro-code  extra'), 'astro-code extra');
});
