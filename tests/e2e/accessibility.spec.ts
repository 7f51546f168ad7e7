import { LOCALES } from '../../src/i18n/index.ts';
import { notFoundPath } from '../../src/server/not-found-pages.ts';
import { axeViolations, loadAxeWithEveryPage } from './axe.ts';
import { expect, inBatches, sitemapPaths, test } from './fixtures.ts';

/**
 * axe on every page in the light theme, and on one page of each template in the dark theme: the
 * themes share markup and differ only in colours, which one page per template covers.
 */
const NOT_FOUND = ['/404.html', ...LOCALES.map(notFoundPath)];
// `/` only redirects (meta refresh) and is checked by the navigation tests.
const EVERY_PAGE = [...sitemapPaths().filter((p) => p !== '/'), ...NOT_FOUND];
const ONE_PER_TEMPLATE = [
  '/ko/',
  '/en/notes/fastest-docker/',
  '/ko/notes/easy-docker/images-and-containers/',
  '/en/reference/run/',
  '/ko/reference/flags/',
  '/en/reference/',
  '/en/explain/',
  '/ko/404.html',
  '/404.html',
];

const RUNS = [
  { scheme: 'light', paths: EVERY_PAGE },
  { scheme: 'dark', paths: ONE_PER_TEMPLATE },
] as const;

test('the dark-theme pages are real pages, one per template', () => {
  for (const path of ONE_PER_TEMPLATE) expect(EVERY_PAGE, path).toContain(path);
});

// Forty pages a test: enough runs to share the workers evenly, few enough that each pays axe's first,
// slow compile only once per run.
const PAGES_PER_TEST = 40;

for (const { scheme, paths } of RUNS) {
  test.describe(`axe, ${scheme} theme`, () => {
    test.use({ colorScheme: scheme });
    for (const batch of inBatches(paths, PAGES_PER_TEST)) {
      test(`pages ${batch.label} have no accessibility violations (${batch.items[0]} ...)`, async ({ page }) => {
        // axe takes a few seconds on the largest reference pages on an idle machine; leave room for a busy one.
        test.setTimeout(batch.items.length * 20_000);
        await loadAxeWithEveryPage(page);
        for (const path of batch.items) {
          await page.goto(path);
          const summary = await axeViolations(page);
          expect.soft(summary, `axe violations on ${path}`).toEqual([]);
        }
      });
    }
  });
}

/**
 * What a screen reader is given is the browser's accessibility tree, not the page's markup: text the browser
 * leaves out of it (a block it has not laid out yet, as `content-visibility: auto` allows far from the window)
 * is text the reader never hears. On the longest chapters and a flag index part, at phone size and without
 * scrolling, every paragraph, code block and flag entry must be there with its words.
 */
const LONGEST = ['/ko/notes/fastest-docker/using-docker-further/', '/en/notes/fastest-docker/using-docker-further/', '/en/reference/flags/'];
for (const path of LONGEST) {
  test(`@phone the accessibility tree holds the words of every block of ${path}, far from the window too`, async ({ page }) => {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Accessibility.enable');
    await page.goto(path);
    const blocks = await page.locator('.prose > p, .prose > .code pre, .flag-table tbody tr').count();
    expect(blocks).toBeGreaterThan(50);
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    type AXNode = { nodeId: string; ignored: boolean; role?: { value: string }; name?: { value: string }; childIds?: string[]; backendDOMNodeId?: number };
    const byId = new Map((nodes as AXNode[]).map((node) => [node.nodeId, node]));
    const words = (node: AXNode): string =>
      (node.role?.value === 'StaticText' && !node.ignored ? (node.name?.value ?? '') : '') + (node.childIds ?? []).map((id) => (byId.has(id) ? words(byId.get(id)!) : '')).join('');
    const heard = new Map((nodes as AXNode[]).filter((node) => node.backendDOMNodeId).map((node) => [node.backendDOMNodeId!, words(node)]));
    const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
    const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: '.prose > p, .prose > .code pre, .flag-table tbody tr' });
    const silent: string[] = [];
    for (const [i, nodeId] of nodeIds.entries()) {
      const { node } = await cdp.send('DOM.describeNode', { nodeId });
      if (!heard.get(node.backendNodeId)?.trim()) silent.push(`block ${i + 1} (${node.localName})`);
    }
    expect(nodeIds.length).toBe(blocks);
    expect(silent, `blocks whose words are not in the accessibility tree, of ${blocks}`).toEqual([]);
  });
}
