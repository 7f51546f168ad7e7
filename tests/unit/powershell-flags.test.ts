import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeToHtml, type ShikiTransformer } from 'shiki';
import { CODE_THEMES, powershellFlagsTransformer } from '../../src/markdown/themes.ts';

/** The style (light and dark colour) of the first highlighted span whose text starts with `start`. */
async function stylesIn(code: string, transformers: ShikiTransformer[]) {
  const html = await codeToHtml(code, { lang: 'powershell', themes: CODE_THEMES, defaultColor: 'light-dark()', transformers });
  const spans = [...html.matchAll(/<span style="([^"]*)">([^<]*)<\/span>/g)].map((m) => ({ style: m[1], text: m[2]! }));
  return (start: string) => spans.find((s) => s.text.startsWith(start))?.style;
}

test('the dashes of a PowerShell flag take the colour of the flag, not the error-red of an operator', async () => {
  const code = 'docker run --rm -p 8080:80 nginx';
  const before = await stylesIn(code, []);
  assert.notEqual(before('--'), before('rm'), 'the grammar alone colours the dashes as an operator');
  const after = await stylesIn(code, [powershellFlagsTransformer]);
  assert.equal(after('--'), after('rm'));
  assert.equal(after('-'), after('p '));
  assert.equal(after('--'), after('docker'), 'flags look like the other arguments');
});
