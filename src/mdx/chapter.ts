/**
 * A chapter's MDX read once, by the MDX parser the site is built with (satteri, with `{ #id }` heading
 * attributes): its headings, code blocks, links, inline code and tables, each with the line it is on in the
 * file. The build's site check, the command scan, the translation checks and the editing scripts all read
 * these instead of matching the text with patterns of their own.
 */
import { mdxToMdast } from 'satteri';

/** The mdast nodes read here, loosely: the parser's own types are a union too wide to walk in a few lines. */
export interface MdxNode {
  type: string;
  name?: string;
  value?: string;
  url?: string;
  depth?: number;
  lang?: string | null;
  meta?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  data?: { hProperties?: { id?: unknown } };
  position?: { start: { line: number } };
  children?: MdxNode[];
}

export interface Heading {
  depth: number;
  /** The id written by hand (`## 볼륨 { #volumes }`); undefined when the heading has none. */
  id?: string;
  /** What the reader sees: the heading's text without its Markdown (links, emphasis, code marks). */
  text: string;
  line: number;
}

export interface CodeBlock {
  lang: string;
  meta: string;
  code: string;
  /** 1-based line of the opening fence in the MDX file. */
  line: number;
  /** The section it sits in: the last heading with an id before it. */
  section?: { id: string; text: string };
}

/** A link target: an inline link, a reference-style definition (`[docs]: ../intro/`) or an element's `href`. Images are not links. */
export interface Link {
  href: string;
  line: number;
}

export interface InlineCode {
  code: string;
  line: number;
}

export interface ParsedChapter {
  /** The front matter as written (YAML), empty when there is none. */
  frontMatter: string;
  headings: Heading[];
  codeBlocks: CodeBlock[];
  links: Link[];
  inlineCode: InlineCode[];
  /** Each table's shape, rows by cells per row: `3x3x3`. */
  tables: string[];
  /** The whole tree, for a reader with a question the lists above do not answer. */
  tree: MdxNode;
}

/** The text of a node as a reader sees it: text and code, without any markup. */
export const textOf = (node: MdxNode): string =>
  node.type === 'text' || node.type === 'inlineCode' || node.type === 'code' ? node.value ?? '' : (node.children ?? []).map(textOf).join('');

/** The value of a JSX element's attribute, when it is written as a plain string (`lang="ko"`). */
export const attributeOf = (node: MdxNode, name: string): string | undefined => {
  const value = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name)?.value;
  return typeof value === 'string' ? value : undefined;
};

const isElement = (node: MdxNode) => node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

function read(tree: MdxNode): ParsedChapter {
  const chapter: ParsedChapter = { frontMatter: '', headings: [], codeBlocks: [], links: [], inlineCode: [], tables: [], tree };
  let section: CodeBlock['section'];
  const visit = (node: MdxNode) => {
    const line = node.position?.start.line ?? 0;
    switch (node.type) {
      case 'yaml':
        chapter.frontMatter = node.value ?? '';
        break;
      case 'heading': {
        const id = node.data?.hProperties?.id;
        const heading: Heading = { depth: node.depth ?? 0, text: textOf(node).trim(), line, ...(typeof id === 'string' ? { id } : {}) };
        chapter.headings.push(heading);
        if (heading.id) section = { id: heading.id, text: heading.text };
        break;
      }
      case 'code':
        chapter.codeBlocks.push({ lang: node.lang ?? '', meta: node.meta ?? '', code: node.value ?? '', line, ...(section ? { section } : {}) });
        break;
      case 'inlineCode':
        chapter.inlineCode.push({ code: node.value ?? '', line });
        break;
      case 'link':
      case 'definition':
        if (node.url) chapter.links.push({ href: node.url, line });
        break;
      case 'table':
        chapter.tables.push((node.children ?? []).map((row) => (row.children ?? []).length).join('x'));
        break;
    }
    if (isElement(node)) {
      const href = attributeOf(node, 'href');
      if (href !== undefined) chapter.links.push({ href, line });
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  return chapter;
}

// Every check of a build reads the same chapters: each text is parsed once. Bounded so that `astro dev`,
// which sees a chapter change many times, does not keep every version.
const parsed = new Map<string, ParsedChapter>();
const KEPT = 500;

/**
 * `mdx` (a chapter file's whole text, front matter included, so lines are the file's) parsed once.
 * A syntax error names `file`, line and column, as the build does.
 */
export function parseChapter(mdx: string, file = 'MDX'): ParsedChapter {
  let chapter = parsed.get(mdx);
  if (chapter) return chapter;
  let tree: MdxNode;
  try {
    tree = mdxToMdast(mdx, { features: { headingAttributes: true } }) as MdxNode;
  } catch (error) {
    // The parser's message starts with `line:column:`.
    throw new Error(`${file}:${(error as Error).message}`);
  }
  chapter = read(tree);
  if (parsed.size >= KEPT) parsed.clear();
  parsed.set(mdx, chapter);
  return chapter;
}

/** A chapter given as its text or as already parsed: code that reads chapters takes either. */
export type ChapterSource = string | ParsedChapter;
export const asParsed = (chapter: ChapterSource): ParsedChapter => (typeof chapter === 'string' ? parseChapter(chapter) : chapter);
