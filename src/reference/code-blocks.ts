/**
 * Finds the commands in an MDX chapter's code blocks, each with the section (heading id) it sits in,
 * so a reference entry can list the passages that use it and a test can check every command.
 */
import { parseCommand, type CommandIndex, type ParsedCommand } from './parse-command.ts';
import { simpleCommands } from './shell-words.ts';

export const SHELL_LANGUAGES = new Set(['sh', 'bash', 'shell', 'zsh', 'console', 'powershell', 'ps1', 'bat', 'cmd']);

export interface CodeBlock {
  lang: string;
  meta: string;
  code: string;
  /** 1-based line of the opening fence in the MDX file. */
  line: number;
  section?: { id: string; text: string };
}

export interface CommandUse {
  block: CodeBlock;
  command: ParsedCommand;
  text: string;
}

const FENCE = /^(\s*)(```+|~~~+)\s*([\w-]*)\s*(.*)$/;
const HEADING = /^#{2,6}\s+(.*?)\s*\{\s*#([a-z0-9-]+)\s*\}\s*$/;

export function codeBlocks(mdx: string): CodeBlock[] {
  const blocks: CodeBlock[] = [];
  const lines = mdx.split('\n');
  let section: CodeBlock['section'];
  for (let i = 0; i < lines.length; i++) {
    const heading = HEADING.exec(lines[i]!);
    if (heading) section = { id: heading[2]!, text: heading[1]!.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1') };
    const open = FENCE.exec(lines[i]!);
    if (!open) continue;
    const [, indent, fence, lang = '', meta = ''] = open;
    const body: string[] = [];
    let j = i + 1;
    for (; j < lines.length && !lines[j]!.trimStart().startsWith(fence!); j++) body.push(lines[j]!.slice(indent!.length));
    blocks.push({ lang, meta, code: body.join('\n'), line: i + 1, ...(section ? { section } : {}) });
    i = j;
  }
  return blocks;
}

/** Docker commands in the shell blocks of `mdx` (output blocks hold no commands). */
export function commandUses(mdx: string, index: CommandIndex): CommandUse[] {
  return codeBlocks(mdx)
    .filter((b) => SHELL_LANGUAGES.has(b.lang) && !/(?:^|\s)output(?:\s|$)/.test(b.meta))
    .flatMap((block) =>
      simpleCommands(block.code).flatMap((words) => {
        const command = parseCommand(words, index);
        if (!command) return [];
        return [{ block, command, text: block.code.slice(words[0]!.start, words.at(-1)!.end) }];
      }),
    );
}

export interface InstructionUse {
  block: CodeBlock;
  instruction: string;
  flags: string[];
}

/** Dockerfile instructions (and their `--flags`) at the start of each line of the Dockerfile blocks. */
export function instructionUses(mdx: string): InstructionUse[] {
  return codeBlocks(mdx)
    .filter((b) => b.lang === 'dockerfile')
    .flatMap((block) => {
      let continued = false;
      return block.code.split('\n').flatMap((line) => {
        const wasContinued = continued;
        continued = /\\\s*$/.test(line);
        const match = /^\s*([A-Za-z]+)((?:\s+--[a-z-]+(?:=\S*)?)*)/.exec(line);
        if (wasContinued || !match || line.trimStart().startsWith('#')) return [];
        const flags = [...match[2]!.matchAll(/--([a-z-]+)/g)].map((m) => `--${m[1]}`);
        return [{ block, instruction: match[1]!.toUpperCase(), flags }];
      });
    });
}
