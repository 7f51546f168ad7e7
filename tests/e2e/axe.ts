/**
 * axe-core run inside the page under test. Its source is evaluated once per page load (or loaded with
 * every page, see loadAxeWithEveryPage) and only violations come back: returning every passing node as
 * well (what a full results object holds) took longer than the checks themselves on the large reference pages.
 */
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2.2 A and AA, and axe's best practices: the rules every page is held to. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

export interface AxeScope {
  /** Rule ids to run instead of the tags. */
  rules?: string[];
  /** CSS selector of the part of the page to check; the whole document by default. */
  include?: string;
}

/**
 * Makes axe part of every document `page` loads from now on, for runs over many pages. The browser keeps
 * the source and compiles it from its cache, where evaluating it after each load sends all 550 KB over
 * the protocol again: about 340 against 450 ms a page for load and axe together, here.
 */
export async function loadAxeWithEveryPage(page: Page): Promise<void> {
  await page.addInitScript(AXE_SOURCE);
}

/** The page's violations, each as `rule-id: first three targets`; an empty list when it passes. */
export async function axeViolations(page: Page, scope: AxeScope = {}): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(
    async ({ tags, rules, include }) => {
      const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<AxeResults> } }).axe;
      interface AxeResults {
        violations: { id: string; nodes: { target: string[] }[] }[];
      }
      const runOnly = rules ? { type: 'rule', values: rules } : { type: 'tag', values: tags };
      const results = await axe.run(include ? { include: [include] } : document, { runOnly, resultTypes: ['violations'] });
      return results.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
    },
    { tags: AXE_TAGS, rules: scope.rules, include: scope.include },
  );
}
