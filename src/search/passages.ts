/**
 * Cuts a built page into passages: the text under each heading up to the next heading, and each
 * reference flag row on its own. Only what a reader sees goes in: the page's chrome (breadcrumbs,
 * copy buttons, code captions, program output, the hidden "link to this section" text, the list of
 * corrections) is left out, so it can neither match nor show up in an excerpt.
 */
import type { HTMLElement, Node } from 'node-html-parser';
import { TITLE_SEPARATOR, titleTrail } from '../html/title-trail.ts';
import { parsePage } from '../html/built-pages.ts';
import type { Passage } from './index-data.ts';

const SKIPPED = 'script, style, svg, nav, thead, [hidden], [data-pagefind-ignore], .visually-hidden, .heading__anchor, section.corrections';
const BLOCK = new Set(['P', 'DIV', 'LI', 'TD', 'TH', 'TR', 'PRE', 'DD', 'DT', 'FIGURE', 'SECTION', 'TABLE', 'BR', 'UL', 'OL', 'BLOCKQUOTE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
const HEADING = /^H([1-4])$/;
// A reference page marks a legacy command (beside its title) or flag (in its row) with this badge.
const LEGACY_MARK = '.legacy-badge';
// A command in the notes' code links to its entry (`../../../reference/stop/`): the passage runs that command.
const COMMAND_LINK = /(?:^|\/)reference\/([^/#]+)\/(?:#.*)?$/;

interface Draft extends Omit<Passage, 'text' | 'runs'> {
  text: string[];
  level: number;
  runs: Set<string>;
}

const visibleText = (element: HTMLElement): string => {
  const copy = parsePage(element.outerHTML);
  copy.querySelectorAll(SKIPPED).forEach((e) => e.remove());
  return copy.textContent.replace(/\s+/g, ' ').trim();
};

/** The passages of one built page at `url`, or none when the page is not meant to be searched (a page given parsed must be parsed by `parsePage`). */
export function pagePassages(page: string | HTMLElement, url: string): Passage[] {
  const root = typeof page === 'string' ? parsePage(page) : page;
  const article = root.querySelector('article[data-pagefind-body]');
  if (!article) return [];
  const filter = (key: string) =>
    article.querySelectorAll('[data-pagefind-filter]').map((e) => e.getAttribute('data-pagefind-filter')!).find((f) => f.startsWith(`${key}:`))?.slice(key.length + 1);
  const kind = filter('kind') === 'reference' ? 'reference' : 'notes';
  const scope = filter('section') ?? '';
  const h1 = article.querySelector('h1');
  const pageTitle = h1?.getAttribute('data-pagefind-meta')?.replace(/^title:/, '') ?? (h1 ? visibleText(h1) : url);

  const drafts: Draft[] = [];
  const trail: Draft[] = [];
  const open = (draft: Draft) => (drafts.push(draft), draft);
  let current = open({ url, title: pageTitle, context: scope, text: [], kind, scope, level: 1, runs: new Set() });
  // A legacy command's page is legacy throughout: its examples and flags too.
  const legacyPage = kind === 'reference' && article.querySelector(`.bookmark-title ${LEGACY_MARK}, h1 ${LEGACY_MARK}`) !== null;

  let row: Draft | undefined;
  const write = (text: string) => (row ?? current).text.push(text);
  const walk = (node: Node) => {
    if (node.nodeType === 3) return write(node.textContent);
    if (node.nodeType !== 1) return;
    const element = node as HTMLElement;
    if (isSkipped(element)) return;
    const heading = HEADING.exec(element.tagName);
    if (heading && element.id && heading[1] !== '1') {
      const level = Number(heading[1]);
      while (trail.length && trail.at(-1)!.level >= level) trail.pop();
      const context = titleTrail([scope, pageTitle, ...trail.map((d) => d.title)]);
      current = open({ url: `${url}#${element.id}`, title: visibleText(element), context, text: [], kind, scope, level, runs: new Set() });
      trail.push(current);
      return;
    }
    if (heading) return write(' '); // the page's own title is the first passage's title
    // A flag's entry (any element with an id and its own search title, as Pagefind marks a sub-result).
    if (element.id && element.hasAttribute('data-pagefind-title')) {
      row = open({
        url: `${url}#${element.id}`,
        title: element.getAttribute('data-pagefind-title') ?? visibleText(element),
        context: [scope, pageTitle].join(TITLE_SEPARATOR),
        text: [],
        kind,
        scope,
        level: 9,
        runs: new Set(),
      });
      const uses = Number(element.querySelector('[data-pagefind-weight]')?.getAttribute('data-pagefind-weight') ?? 0);
      if (uses) row.uses = uses;
      if (element.querySelector(LEGACY_MARK)) row.legacy = true;
      element.childNodes.forEach(walk);
      row = undefined;
      return;
    }
    // A flag's term row sets its name and its value side by side with no space between them in the markup
    // (`--volumes-from` `CONTAINER`): keep them apart as words.
    if (element.tagName === 'DT') {
      write(' ');
      element.childNodes.forEach((child) => (walk(child), write(' ')));
      return;
    }
    if (element.tagName === 'A' && element.classList.contains('cmd-link')) {
      const command = COMMAND_LINK.exec(element.getAttribute('href') ?? '')?.[1];
      if (command) (row ?? current).runs.add(command);
    }
    const block = BLOCK.has(element.tagName);
    if (block) write(' ');
    element.childNodes.forEach(walk);
    if (block) write(' ');
  };
  article.childNodes.forEach(walk);
  // A reference entry lists the sections of the notes that use it.
  const cited = kind === 'reference' ? article.querySelectorAll('ul.passages > li').length : 0;
  return drafts
    .map(({ text, level: _level, runs, ...rest }) => ({
      ...rest,
      ...(legacyPage ? { legacy: true } : {}),
      ...(cited ? { cited } : {}),
      ...(runs.size && kind === 'notes' ? { runs: [...runs].sort().join(' ') } : {}),
      text: text.join('').replace(/\s+/g, ' ').trim(),
    }))
    .filter((p) => p.text || p.url === url || p.kind === 'notes');
}

function isSkipped(element: HTMLElement): boolean {
  const classes = element.classList;
  return (
    ['SCRIPT', 'STYLE', 'SVG', 'NAV', 'THEAD'].includes(element.tagName) ||
    element.hasAttribute('hidden') ||
    element.hasAttribute('data-pagefind-ignore') ||
    classes.contains('visually-hidden') ||
    classes.contains('heading__anchor') ||
    (element.tagName === 'SECTION' && classes.contains('corrections'))
  );
}
