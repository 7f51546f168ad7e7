/**
 * Finds the commands in an MDX chapter's code blocks, each with the section (heading id) it sits in,
 * so a reference entry can list the passages that use it and a test can check every command.
 */
import { parseCommand, type CommandIndex, type ParsedCommand } from './parse-command.ts';
import { simpleCommands, type Word } from './shell-words.ts';
import { parseFenceMeta } from './fence-meta.ts';
// Types only: the parser itself stays out of the browser code that imports this file (explain.ts).
import type { CodeBlock } from '../mdx/chapter.ts';

export type { CodeBlock };

export const SHELL_LANGUAGES = new Set(['sh', 'bash', 'shell', 'zsh', 'console', 'powershell', 'ps1', 'bat', 'cmd']);

export interface CommandUse {
  block: CodeBlock;
  command: ParsedCommand;
  words: Word[];
  text: string;
}

/** Docker commands in a chapter's shell blocks (`parseChapter(mdx).codeBlocks`; output blocks hold no commands). */
export function commandUses(blocks: readonly CodeBlock[], index: CommandIndex): CommandUse[] {
  return blocks
    .filter((b) => SHELL_LANGUAGES.has(b.lang) && !parseFenceMeta(b.meta).output)
    .flatMap((block) =>
      simpleCommands(block.code).flatMap((words) => {
        const command = parseCommand(words, index);
        if (!command) return [];
        return [{ block, command, words, text: block.code.slice(words[0]!.start, words.at(-1)!.end) }];
      }),
    );
}

export interface InstructionUse {
  block: CodeBlock;
  instruction: string;
  flags: string[];
}

export interface InstructionLine {
  name: string;
  start: number;
  end: number;
  /** `value` is what follows `=` (`--mount=type=cache,target=/root/.cache`). */
  flags: { name: string; start: number; end: number; value?: string }[];
  /** Where the instruction's arguments begin, after its flags; they run to the end of `text`. */
  argsStart: number;
  /** The whole instruction, continuation lines included (offset `start`). */
  text: string;
}

/**
 * The instruction opening each line of Dockerfile text, with the `--flags` right after it (those
 * later on the line belong to the command a RUN runs). Continuation lines and comments open none.
 * Offsets are into `code`, so the instructions can be linked where they stand.
 */
export function dockerfileInstructions(code: string): InstructionLine[] {
  const found: InstructionLine[] = [];
  let offset = 0;
  let continued = false;
  for (const line of code.split('\n')) {
    const match = continued || line.trimStart().startsWith('#') ? null : /^(\s*)([A-Za-z]+)((?:\s+--[a-z-]+(?:=\S*)?)*)/.exec(line);
    if (match) {
      const start = offset + match[1]!.length;
      const end = start + match[2]!.length;
      const flags = [...match[3]!.matchAll(/--([a-z-]+)(?:=(\S*))?/g)].map((m) => ({
        name: `--${m[1]}`,
        start: end + m.index,
        end: end + m.index + m[1]!.length + 2,
        ...(m[2] !== undefined ? { value: m[2] } : {}),
      }));
      found.push({ name: match[2]!.toUpperCase(), start, end, flags, argsStart: offset + match[0].length, text: line.slice(match[1]!.length) });
    } else if (continued && found.length) {
      found.at(-1)!.text += `\n${line}`;
    }
    continued = /\\\s*$/.test(line);
    offset += line.length + 1;
  }
  return found;
}

/** Dockerfile instructions (and their `--flags`) in the Dockerfile blocks of a chapter. */
export function instructionUses(blocks: readonly CodeBlock[]): InstructionUse[] {
  return blocks
    .filter((b) => b.lang === 'dockerfile')
    .flatMap((block) =>
      dockerfileInstructions(block.code).map((i) => ({ block, instruction: i.name, flags: i.flags.map((f) => f.name) })),
    );
}
