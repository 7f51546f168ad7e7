/**
 * Reads one simple command the way the Docker CLI would: which command it names (`docker run`,
 * `docker container ls`, `docker compose up`), which words are flags and their values, and where the
 * flags stop. It knows flags only from the reference data it is given, so an unknown flag is reported.
 */
import type { Word } from './shell-words.ts';

export interface OptionSpec {
  long?: string;
  short?: string;
  /** Older long names the CLI still accepts, not in its help (`--net` for `--network`). */
  hiddenNames?: string[];
  takesValue: boolean;
  anchor: string;
}

export interface CommandSpec {
  id: string;
  name: string;
  /** Docker's `run`, `create` and `exec` stop reading flags at the image: the rest belongs to the container. */
  interspersed: boolean;
  /** `docker`, `docker image`, `docker compose`: a plain word after it must name a subcommand. */
  hasSubcommands: boolean;
  options: OptionSpec[];
}

export type CommandIndex = Map<string, CommandSpec>;

export interface LinkedPart {
  start: number;
  end: number;
  spec: CommandSpec;
  option?: OptionSpec;
}

/** One flag as written, in order: the explainer reads each with its value, or marks it. */
export interface FlagUse {
  /** The flag as written (`--name`; `-d` and `-p` out of `-dp8080:80`). */
  name: string;
  start: number;
  end: number;
  /** The command whose flag it is (`docker` for `docker -H host ps`). */
  spec: CommandSpec;
  /** Unset when the command has no such flag. */
  option?: OptionSpec;
  /** The value, inline (`--name=web`, `-p8080:80`) or the next word. */
  value?: Word;
  /** A flag that takes a value was the last word. */
  missingValue?: boolean;
}

export interface ParsedCommand {
  spec: CommandSpec;
  /** Ranges of the command's words and flags, to link to their reference entries. */
  parts: LinkedPart[];
  args: Word[];
  problems: string[];
  /** Every flag word in order, known or not, with its value. */
  flags: FlagUse[];
  /** Words before the program: `sudo` and its flags, `VAR=value` assignments. */
  prefix: Word[];
  /** The words naming the command (`docker`, `container`, `run`). */
  path: Word[];
}

const ENV_ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*=/;
const WRAPPERS = new Set(['sudo', 'time', 'exec']);

/** Programs the reference covers; anything else (ls, curl, apt-get) is not the reference's business. */
export function commandProgram(words: Word[]): number {
  let i = 0;
  while (i < words.length && (ENV_ASSIGNMENT.test(words[i]!.text) || WRAPPERS.has(words[i]!.text))) {
    i++;
    while (words[i - 1]?.text === 'sudo' && words[i]?.text.startsWith('-')) i++;
  }
  return i;
}

export function parseCommand(words: Word[], index: CommandIndex): ParsedCommand | undefined {
  const first = commandProgram(words);
  const program = words[first];
  const root = program && index.get(program.text);
  if (!program || !root) return undefined;

  const flagParts: LinkedPart[] = [];
  const args: Word[] = [];
  const problems: string[] = [];
  const flags: FlagUse[] = [];
  const pathWords = [program];
  let spec = root;
  let i = first + 1;

  // The longest known command name wins (`docker container ls` over `docker container`); flags before
  // a subcommand belong to its group (`docker -H host ps`, `docker compose -f dev.yml up`).
  while (i < words.length) {
    const word = words[i]!;
    const longer = index.get(`${spec.name} ${word.text}`);
    if (longer) {
      spec = longer;
      pathWords.push(word);
      i++;
    } else if (word.text.startsWith('-') && spec.hasSubcommands) {
      i = readFlag(words, i, spec, flagParts, problems, flags);
    } else break;
  }
  if (spec.hasSubcommands && i < words.length && /^[a-z][a-z0-9-]*$/.test(words[i]!.text)) {
    problems.push(`unknown subcommand "${spec.name} ${words[i]!.text}"`);
  }

  let flagsDone = false;
  for (; i < words.length; i++) {
    const word = words[i]!;
    if (!flagsDone && word.text === '--') {
      flagsDone = true;
    } else if (!flagsDone && /^-[^\d\s]/.test(word.text)) {
      i = readFlag(words, i, spec, flagParts, problems, flags) - 1;
    } else {
      args.push(word);
      if (!spec.interspersed) flagsDone = true;
    }
  }
  const commandPart = { start: program.start, end: pathWords.at(-1)!.end, spec };
  return { spec, parts: [commandPart, ...flagParts], args, problems, flags, prefix: words.slice(0, first), path: pathWords };
}

/** The option of `spec` that a flag's name stands for: `--network`, its older name `--net`, or `-p`. */
export const optionNamed = (spec: CommandSpec, name: string): OptionSpec | undefined =>
  spec.options.find((o) => (name.startsWith('--') ? o.long === name || o.hiddenNames?.includes(name) : o.short === name));

/** Reads the flag at `words[i]` (and its value), records its link ranges, returns the next index. */
function readFlag(words: Word[], i: number, spec: CommandSpec, parts: LinkedPart[], problems: string[], flags: FlagUse[]): number {
  const word = words[i]!;
  if (word.text.startsWith('--')) {
    const [name, inlineValue] = splitOnce(word.text, '=');
    const option = optionNamed(spec, name);
    const use: FlagUse = { name, start: word.start, end: word.start + name.length, spec };
    flags.push(use);
    if (inlineValue !== undefined) use.value = { text: inlineValue, start: word.start + name.length + 1, end: word.end };
    if (!option) {
      problems.push(`${spec.name}: unknown flag ${name}`);
      return i + 1;
    }
    use.option = option;
    parts.push({ start: word.start, end: word.start + name.length, spec, option });
    if (!option.takesValue || inlineValue !== undefined) return i + 1;
    readValue(words, i + 1, use, problems);
    return i + 2;
  }
  // Short flags may be combined (`-it`); a flag that takes a value ends the group (`-p8080:80`).
  const letters = word.text.slice(1);
  for (let k = 0; k < letters.length; k++) {
    const short = `-${letters[k]}`;
    const option = optionNamed(spec, short);
    const start = word.start + (k === 0 ? 0 : k + 1);
    const use: FlagUse = { name: short, start, end: word.start + k + 2, spec };
    flags.push(use);
    if (!option) {
      problems.push(`${spec.name}: unknown flag ${short}${letters.length > 1 ? ` (in ${word.text})` : ''}`);
      return i + 1;
    }
    use.option = option;
    parts.push({ start, end: word.start + k + 2, spec, option });
    if (option.takesValue) {
      const rest = letters.slice(k + 1);
      if (rest.length) {
        // `-p=8080:80` is read by the CLI as `-p 8080:80` too.
        const value = rest.startsWith('=') ? rest.slice(1) : rest;
        use.value = { text: value, start: word.end - value.length, end: word.end };
        return i + 1;
      }
      readValue(words, i + 1, use, problems);
      return i + 2;
    }
  }
  return i + 1;
}

function readValue(words: Word[], at: number, use: FlagUse, problems: string[]) {
  const value = words[at];
  if (value) use.value = value;
  else {
    use.missingValue = true;
    problems.push(`${use.spec.name}: ${use.name} needs a value`);
  }
}

function splitOnce(text: string, separator: string): [string, string | undefined] {
  const at = text.indexOf(separator);
  return at < 0 ? [text, undefined] : [text.slice(0, at), text.slice(at + 1)];
}
