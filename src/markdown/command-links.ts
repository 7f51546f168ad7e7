/**
 * Links every Docker command, subcommand and flag in a code block to its reference entry, and every
 * Dockerfile instruction to its entry. The link carries the entry's one-line description for the
 * hover/focus tooltip (every language: Shiki does not know the page's language; CodeBlock keeps the page's).
 * Legacy commands and flags are listed on the `<pre>` so the code frame can show what replaces them.
 */
import type { Element, ElementContent } from 'hast';
import type { ShikiTransformer, ThemedToken } from 'shiki';
import { optionAnchor, type CommandData } from '../schemas/command.ts';
import { buildCommandIndex, instructionIndex, type ReferenceEntry } from '../reference/command-index.ts';
import { dockerfileInstructions, SHELL_LANGUAGES } from '../reference/code-blocks.ts';
import { parseCommand } from '../reference/parse-command.ts';
import { parseFenceMeta } from '../reference/fence-meta.ts';
import { simpleCommands } from '../reference/shell-words.ts';
import { plainText } from '../html/inline-code.ts';
import { LOCALES, type Locale } from '../i18n/index.ts';

interface LinkRange {
  start: number;
  end: number;
  href: string;
  /** The entry's one-line description in every language. */
  tip: Record<Locale, string>;
  legacy?: string;
}

/** Chapter pages live at /<lang>/notes/<note>/<chapter>/, so this reaches /<lang>/reference/ in the same language. */
const REFERENCE_FROM_CHAPTER = '../../../reference/';

export function commandLinksTransformer(entries: ReferenceEntry[]): ShikiTransformer {
  const index = buildCommandIndex(entries);
  const byId = new Map(entries.map((e) => [e.id, e.data]));
  const instructions = instructionIndex(entries);
  let ranges: LinkRange[] = [];

  const commandRange = (start: number, end: number, id: string, data: CommandData): LinkRange => ({
    start,
    end,
    href: `${REFERENCE_FROM_CHAPTER}${id}/`,
    tip: data.summary,
    ...(data.status === 'legacy' ? { legacy: id } : {}),
  });

  function shellRanges(code: string): LinkRange[] {
    return simpleCommands(code).flatMap((words) => {
      const parsed = parseCommand(words, index);
      if (!parsed) return [];
      return parsed.parts.flatMap((part): LinkRange[] => {
        const data = byId.get(part.spec.id);
        if (!data) return [];
        if (!part.option) return [commandRange(part.start, part.end, part.spec.id, data)];
        const option = data.options.find((o) => optionAnchor(o) === part.option!.anchor);
        if (!option) return [];
        return [
          {
            start: part.start,
            end: part.end,
            href: `${REFERENCE_FROM_CHAPTER}${part.spec.id}/#${part.option.anchor}`,
            tip: option.description,
            ...(option.legacy ? { legacy: `${part.spec.id}#${part.option.anchor}` } : {}),
          },
        ];
      });
    });
  }

  function dockerfileRanges(code: string): LinkRange[] {
    return dockerfileInstructions(code).flatMap((line): LinkRange[] => {
      const entry = instructions.get(line.name);
      if (!entry) return [];
      const flags = line.flags.flatMap((flag): LinkRange[] => {
        const option = entry.data.options.find((o) => o.long === flag.name);
        if (!option) return [];
        const href = `${REFERENCE_FROM_CHAPTER}${entry.id}/#${optionAnchor(option)}`;
        return [{ start: flag.start, end: flag.end, href, tip: option.description }];
      });
      return [commandRange(line.start, line.end, entry.id, entry.data), ...flags];
    });
  }

  return {
    name: 'docker-notes:command-links',
    preprocess(code, options) {
      const lang = options.lang ?? '';
      const isOutput = parseFenceMeta(this.options.meta?.__raw).output;
      ranges = isOutput ? [] : SHELL_LANGUAGES.has(lang) ? shellRanges(code) : lang === 'dockerfile' ? dockerfileRanges(code) : [];
    },
    tokens(lines) {
      if (!ranges.length) return;
      const cuts = new Set(ranges.flatMap((r) => [r.start, r.end]));
      return lines.map((line) => line.flatMap((token) => splitToken(token, cuts)));
    },
    span(node, _line, _col, _lineElement, token) {
      const k = ranges.findIndex((r) => token.offset >= r.start && token.offset < r.end);
      if (k >= 0) node.properties['data-range'] = k;
    },
    line(node) {
      if (ranges.length) node.children = groupLinks(node.children, ranges);
    },
    pre(node) {
      const legacy = [...new Set(ranges.flatMap((r) => (r.legacy ? [r.legacy] : [])))];
      if (legacy.length) node.properties['data-legacy'] = legacy.join(' ');
    },
  };
}

/** Splits a token wherever a link starts or ends inside it, so links cover whole tokens. */
function splitToken(token: ThemedToken, cuts: Set<number>): ThemedToken[] {
  const pieces: ThemedToken[] = [];
  let from = 0;
  for (let i = 1; i < token.content.length; i++) {
    if (cuts.has(token.offset + i)) {
      pieces.push({ ...token, content: token.content.slice(from, i), offset: token.offset + from });
      from = i;
    }
  }
  pieces.push({ ...token, content: token.content.slice(from), offset: token.offset + from });
  return pieces;
}

/** Wraps each run of spans that belong to the same link in one `<a>`. */
function groupLinks(children: ElementContent[], ranges: LinkRange[]): ElementContent[] {
  const out: ElementContent[] = [];
  let open: Element | undefined;
  let openIndex = -1;
  for (const child of children) {
    const k = child.type === 'element' ? child.properties['data-range'] : undefined;
    if (child.type === 'element') delete child.properties['data-range'];
    if (typeof k !== 'number') {
      open = undefined;
      out.push(child);
      continue;
    }
    if (!open || openIndex !== k) {
      const range = ranges[k]!;
      open = {
        type: 'element',
        tagName: 'a',
        properties: {
          href: range.href,
          className: range.legacy ? ['cmd-link', 'cmd-link--legacy'] : ['cmd-link'],
          ...Object.fromEntries(LOCALES.map((lang) => [`data-tip-${lang}`, plainText(range.tip[lang])])),
        },
        children: [],
      };
      openIndex = k;
      out.push(open);
    }
    open.children.push(child);
  }
  return out;
}
