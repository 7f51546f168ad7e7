/** Every built page is valid HTML by html-validate's recommended rules, less the two noted below. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { HtmlValidate } from 'html-validate';
import { builtPages } from '../support/site.ts';

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Shiki colours each code token with a style attribute (light-dark() pairs); there is no stylesheet to move them to.
    'no-inline-style': 'off',
    // The search box is the ARIA 1.2 combobox pattern (input + listbox of options), which a native <select> cannot do.
    'prefer-native-element': ['error', { exclude: ['combobox', 'listbox', 'option'] }],
  },
});

test('html-validate finds no error on any page', async () => {
  const problems: string[] = [];
  const pages = builtPages();
  for (const page of pages) {
    const report = await validator.validateString(page.html, page.file);
    for (const result of report.results) {
      for (const m of result.messages) problems.push(`${page.url}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
  }
  assert.ok(pages.length > 200, `only ${pages.length} pages`);
  assert.deepEqual(problems.slice(0, 30), [], `${problems.length} html-validate problems`);
});
