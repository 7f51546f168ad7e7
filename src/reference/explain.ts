/**
 * Explains pasted shell text part by part: each Docker command with its flags and their values, the
 * image, the container's own command, and every problem (a flag the command does not have, a missing
 * value, a removed form). It reads the text with the parser the build uses for the notes' code, so a
 * command reads the same here as in a code block. The result names facts only; the page words them.
 */
import { buildCommandIndex, type IndexableEntry } from './command-index.ts';
import { dockerfileInstructions } from './code-blocks.ts';
import type { ExplainData, ExplainEntry, ExplainOption } from './explain-data.ts';
import { indexEntries } from './explain-data.ts';
import { optionNamed, parseCommand, type CommandIndex, type CommandSpec, type FlagUse, type ParsedCommand } from './parse-command.ts';
import { removedFormsIn, type RemovedForm } from './removed-forms.ts';
import { simpleCommands, type Word } from './shell-words.ts';
import { asTyped, type PasteFix } from './pasted-text.ts';

/** What a flag's value says, where its form is known. */
export type ValueNote =
  | { kind: 'port'; hostIp?: string; hostPort?: string; containerPort: string; protocol: string }
  | { kind: 'volume'; source?: string; sourceKind: 'bind' | 'volume' | 'anonymous'; target: string; options: string[] }
  | { kind: 'keyValues'; pairs: [string, string | undefined][] }
  /** A variable set by `KEY=VALUE` (or, as `KEY` alone, copied from the shell's): the container's (`--env`) or the build's (`--build-arg`). */
  | { kind: 'env'; scope: 'container' | 'build'; key: string; value?: string }
  | { kind: 'restart'; policy: string; retries?: string; valid: boolean }
  | { kind: 'size'; bytes: number }
  /** `--tmpfs /tmp:rw,size=64m`: where the memory-backed file system is mounted, and its mount options. */
  | { kind: 'tmpfs'; target: string; options: string[] }
  /**
   * A Go template (`{{.Names}}`): the fields it prints, the lists it goes through (`{{range .Mounts}}`), and whether
   * it prints each whole item as JSON (`{{json .}}`).
   */
  | { kind: 'template'; fields: string[]; loops: string[]; wholeAsJson: boolean };

export type Problem =
  | { kind: 'unknown-flag'; command: string; flag: string; suggestion?: string; elsewhere: string[] }
  | { kind: 'missing-value'; command: string; flag: string }
  /** Arguments the usage line requires (`IMAGE`, `CONTAINER`) that the command does not give. */
  | { kind: 'missing-argument'; command: string; missing: string[] }
  | { kind: 'unknown-subcommand'; command: string; word: string; suggestion?: string }
  | { kind: 'extra-argument'; command: string }
  | { kind: 'bad-value'; flag: string; value: string; expected: string }
  /** A port number past 65535 (`-p 70000:80`). */
  | { kind: 'bad-port'; flag: string; port: string }
  /** Two flags the command refuses together (`--rm` with `--restart always`): the CLI stops with an error. */
  | { kind: 'conflict'; command: string; flags: [string, string] }
  | { kind: 'removed'; what: string; removedIn: string; replacement: string }
  | { kind: 'legacy-flag'; flag: string; replacement: string };

export type Part =
  /** `sudo`, `VAR=value` before the program. */
  | { kind: 'prefix'; text: string }
  /** A group of commands with no entry of its own (`docker buildx`, `docker container`): the next word names one. */
  | { kind: 'group'; text: string }
  | { kind: 'command'; text: string; id: string; name: string; summary: string; replacement?: string }
  | {
      kind: 'flag';
      text: string;
      flag: string;
      id: string;
      anchor: string;
      description: string;
      value?: string;
      note?: ValueNote;
      problem?: Problem;
      /** The older name it was written with (`--net`), which the CLI accepts for `flag` without listing it. */
      hiddenName?: string;
      /** Shell variables in its value (`$PATH` in `-e PATH=$PATH:/opt/bin`): the shell's, replaced before Docker reads it. */
      variables?: string[];
    }
  | { kind: 'image'; text: string; registry: string; repository: string; tag?: string; digest?: string; defaultRegistry: boolean; defaultTag: boolean }
  /**
   * A positional argument, named by the entry's usage line (`CONTAINER`). `substituted`: the shell puts another
   * command's output there (`$(...)`), or a variable's value (`$IMAGE`), before Docker reads it.
   */
  | { kind: 'argument'; text: string; role: string; substituted?: 'output' | 'variable' }
  /**
   * Everything after the image of `run` and `create`, or the container of `exec` (`after`): the container's own
   * command, or, after an image and opening with a flag, arguments for the image's entrypoint. `commandFlags`: the
   * words among them that are flags of the Docker command too (`docker run nginx -p 80:80`), which the container
   * gets instead of Docker.
   */
  | {
      kind: 'container-command';
      text: string;
      program: string;
      args: string[];
      after: 'image' | 'container';
      command: string;
      commandFlags: string[];
      /** The command sets the entrypoint (`--entrypoint`): after the image, the words are its arguments. */
      ownEntrypoint: boolean;
    }
  /**
   * A Dockerfile instruction's own arguments (for RUN, the command it runs). `reading`: what they are, where the
   * explainer knows it (instructionArgs); `vars` fill its sentence.
   */
  | { kind: 'instruction-args'; text: string; instruction: string; reading?: InstructionReading; vars?: Record<string, string> }
  | { kind: 'problem'; text: string; problem: Problem }
  /** Words after a subcommand the reference does not have: not read, since their meaning depends on it. */
  | { kind: 'unread'; text: string }
  /** A command Docker documents that this reference does not cover (`docker swarm init`), with its page in Docker's docs. */
  | { kind: 'uncovered'; text: string; name: string; docs: string }
  /**
   * A placeholder the reader fills in (`[options]`, `<image name>`, `IMAGE_NAME`), as notes and READMEs write them;
   * `role`: the usage line's argument it stands for (`CONTAINER`), unless it stands for flags.
   */
  | { kind: 'placeholder'; text: string; role?: string }
  /** A program the reference does not cover (`grep`, `xargs`): named, not explained. */
  | { kind: 'other'; text: string; program: string }
  /**
   * A shell redirection: the shell's, never given to the command. `stream` is what is redirected (`in`, the output
   * `out`, the error output `err`, or `both`); `target` a file, or `&1` for wherever the output goes.
   */
  | { kind: 'redirect'; text: string; stream: 'in' | 'out' | 'err' | 'both'; target: string; append: boolean; hereDocument?: string }
  /** A Compose file pasted where a command was expected: said once, its lines not read as commands. */
  | { kind: 'compose-file'; text: string };

export interface ExplainedCommand {
  /** The command's text as pasted (continuations joined). */
  text: string;
  parts: Part[];
}

/**
 * How much of a paste is explained. Each command's explanation shows its text, and text nested `$(` thousands
 * deep is read as thousands of commands each holding the rest of it: explained whole, a few kilobytes of it held
 * the browser up for seconds, and more for good. A real paste (a script, a Dockerfile, a Compose file) fits.
 */
export const EXPLAINED_AT_MOST = { characters: 10_000, commands: 100 } as const;

/** A paste's explanation: its commands, what was changed to read it as typed, and what of it was left unexplained. */
export interface PastedExplanation {
  commands: ExplainedCommand[];
  fixes: PasteFix[];
  /** When the paste was longer than EXPLAINED_AT_MOST.characters: the characters explained (up to a line's end where one is near) and the paste's. */
  cut?: { kept: number; total: number };
  /** The commands found beyond EXPLAINED_AT_MOST.commands, which are not explained. */
  commandsLeft: number;
}

/**
 * `text` cut to at most `most` characters: at the end of its last whole line, or else between two words, when that
 * keeps at least half of them; never inside a word (`-e VAR=1` cut to `-e VAR` would read as another value).
 */
function cutToLength(text: string, most: number): string {
  if (text.length <= most) return text;
  const lineEnd = text.lastIndexOf('\n', most);
  if (lineEnd >= most / 2) return text.slice(0, lineEnd);
  const space = Math.max(text.lastIndexOf(' ', most), text.lastIndexOf('\t', most));
  return text.slice(0, space >= most / 2 ? space : most);
}

/** A command cut off where the paste was cut: what it lacks may be in the part left out, so it is not said to lack it. */
const withoutMissing = (command: ExplainedCommand): ExplainedCommand => ({
  ...command,
  parts: command.parts
    .filter((part) => !(part.kind === 'problem' && part.problem.kind === 'missing-argument'))
    .map((part) => {
      if (part.kind !== 'flag' || part.problem?.kind !== 'missing-value') return part;
      const { problem: _cutAway, ...rest } = part;
      return rest;
    }),
});

/** A Bash `\`, PowerShell backtick or cmd `^` at a line's end, with the next line's indent. */
const LINE_CONTINUATION = /[ \t]*[\\`^]\r?\n[ \t]*/g;

/**
 * Whether `word` (`-p`, `--publish=80:80`, `-it`) names flags of `spec`. Not `--help`, which an image's entrypoint
 * is often asked for (`docker run some/tool --help`).
 */
const isFlagOf = (spec: CommandSpec, word: string): boolean => {
  const name = word.split('=')[0]!;
  const has = (flag: string) => optionNamed(spec, flag) !== undefined;
  if (/^-[A-Za-z]{2,}$/.test(name)) return [...name.slice(1)].every((letter) => has(`-${letter}`));
  return /^-/.test(name) && name !== '--help' && has(name);
};

/**
 * Words as the reader wrote them, from the first to the last: quotes kept (without them `sh -c "echo $A && b"`
 * reads as another command), each line continuation joined into a space.
 */
const asWritten = (source: string, words: readonly Word[]) => source.slice(words[0]!.start, words.at(-1)!.end).replace(LINE_CONTINUATION, ' ');

export class Explainer {
  readonly index: CommandIndex;
  readonly #entries: Map<string, ExplainEntry>;
  readonly #instructions: Map<string, ExplainEntry>;
  readonly #uncovered: Set<string>;
  /** The most words a documented command's name has: no longer run of words is looked up. */
  readonly #longestUncovered: number;

  constructor(data: ExplainData) {
    this.#uncovered = new Set(data.uncovered);
    this.#longestUncovered = Math.max(0, ...data.uncovered.map((name) => name.split(' ').length));
    const entries: IndexableEntry[] = indexEntries(data);
    this.index = buildCommandIndex(entries);
    this.#entries = new Map(data.entries.map((e) => [e.id, e]));
    this.#instructions = new Map(data.entries.filter((e) => e.kind === 'dockerfile').map((e) => [e.name.toUpperCase(), e]));
  }

  /**
   * Text as the reader pasted it, read as they would have typed it (pasted-text.ts), up to EXPLAINED_AT_MOST: its
   * commands, what was changed to read them, and what was left unexplained.
   */
  explainPasted(pasted: string): PastedExplanation {
    const kept = cutToLength(pasted, EXPLAINED_AT_MOST.characters);
    const { text, fixes } = asTyped(kept);
    const commands = this.explain(text);
    if (kept.length < pasted.length && commands.length) commands.push(withoutMissing(commands.pop()!));
    return {
      commands: commands.slice(0, EXPLAINED_AT_MOST.commands),
      fixes,
      ...(kept.length < pasted.length ? { cut: { kept: kept.length, total: pasted.length } } : {}),
      commandsLeft: Math.max(0, commands.length - EXPLAINED_AT_MOST.commands),
    };
  }

  /** Every command in `source`, in order: chains and pipes one by one, `$(...)` after the command holding it. */
  explain(source: string): ExplainedCommand[] {
    // Dockerfile text: its first line that is not blank or a comment opens with an instruction (`FROM`, `RUN`).
    const first = /^(?:\s*(?:#[^\n]*)?\n)*\s*([A-Za-z]+)\b/.exec(source)?.[1];
    if (first && first === first.toUpperCase() && this.#instructions.has(first)) return this.#dockerfile(source);
    const compose = COMPOSE_FILE.exec(source);
    if (compose) return [{ text: compose[1]!, parts: [{ kind: 'compose-file', text: compose[1]! }] }];
    const { shell, bodies } = hereDocuments(source);
    return simpleCommands(shell).map((words) => this.#command(shell, words, bodies));
  }

  #command(source: string, allWords: Word[], hereBodies: Map<number, string>): ExplainedCommand {
    const text = asWritten(source, allWords);
    const { words, redirects } = withoutRedirects(source, allWords, hereBodies);
    const explained = this.#commandParts(source, words);
    return { text, parts: [...explained, ...redirects] };
  }

  #commandParts(source: string, words: Word[]): Part[] {
    if (!words.length) return [];
    const parsed = parseCommand(words, this.index);
    if (!parsed) {
      const at = words.findIndex((w) => !/^[A-Za-z_][A-Za-z0-9_]*=/.test(w.text) && w.text !== 'sudo');
      const prefix = words.slice(0, Math.max(at, 0)).map((w): Part => ({ kind: 'prefix', text: w.text }));
      const program = words[Math.max(at, 0)]?.text ?? '';
      return [...prefix, { kind: 'other', text: asWritten(source, words.slice(Math.max(at, 0))), program }];
    }
    return this.#throughReplacement(source, parsed, words) ?? this.#parts(source, parsed, words);
  }

  /**
   * A legacy program whose replacement has the subcommand (`docker-compose up` -> `docker compose up`) is read
   * as the replacement, and its command part says what to write today.
   */
  #throughReplacement(source: string, parsed: ParsedCommand, words: Word[]): Part[] | undefined {
    const replacement = this.#entries.get(parsed.spec.id)?.replacement;
    const next = parsed.args[0];
    if (!replacement || !parsed.spec.hasSubcommands || !next || !this.index.has(`${replacement} ${next.text}`)) return undefined;
    const program = parsed.path[0]!;
    const at = words.indexOf(program);
    const renamed = replacement.split(' ').map((text) => ({ text, start: program.start, end: program.end }));
    const reparsed = parseCommand([...words.slice(0, at), ...renamed, ...words.slice(at + 1)], this.index);
    if (!reparsed) return undefined;
    const parts = this.#parts(source, reparsed, words);
    const command = parts.find((p) => p.kind === 'command');
    if (command?.kind === 'command') {
      command.text = [program.text, ...reparsed.path.slice(renamed.length).map((w) => w.text)].join(' ');
      command.replacement = `${replacement}${command.name.slice(replacement.length)}`;
    }
    return parts;
  }

  #parts(source: string, parsed: ParsedCommand, words: Word[]): Part[] {
    const parts: { at: number; part: Part }[] = [];
    for (const w of parsed.prefix) parts.push({ at: w.start, part: { kind: 'prefix', text: w.text } });
    const spec = parsed.spec;
    const entry = this.#entries.get(spec.id);
    const commandText = parsed.path.map((w) => w.text).join(' ');
    const removed = removedFormsIn(parsed, words);
    const removedCommand = removed.filter((f) => f.kind === 'command');
    if (entry) {
      // A removed form's problem below names the replacement with the version that removed it: said once, there.
      const replacement = entry.replacement && !removedCommand.length ? { replacement: entry.replacement } : {};
      parts.push({ at: parsed.path[0]!.start, part: { kind: 'command', text: commandText, id: entry.id, name: entry.name, summary: entry.summary, ...replacement } });
    } else {
      // A group on its own (`docker container`), or before a subcommand the reference does not have.
      parts.push({ at: parsed.path[0]!.start, part: { kind: 'group', text: commandText } });
    }
    for (const form of removedCommand) {
      parts.push({ at: parsed.path[0]!.start + 0.5, part: { kind: 'problem', text: commandText, problem: removedProblem(form) } });
    }
    // An unknown flag that takes a value where it exists (`docker build -p 80 .`), or a removed one that took a value
    // (`--kernel-memory 1g`), takes the next word with it.
    const absorbed = new Set<Word>();
    for (const use of parsed.flags) {
      const part = this.#flag(source, use, removed);
      // A template reading a field Docker removed (`{{ .Volumes }}`) is marked on its --format flag.
      const field = removed.find((f) => f.kind === 'inspect-field' && use.value?.text.includes(`.${f.field}`));
      if (field && part.kind === 'flag') part.problem = removedProblem(field);
      const removedWithValue = removed.some((f) => f.kind === 'flag' && f.takesValue && f.command === use.spec.name && f.flags.includes(use.name));
      const unknownWithValue = part.kind === 'problem' && part.problem.kind === 'unknown-flag' && this.#takesValueElsewhere(use.name);
      if (part.kind === 'problem' && !use.value && (removedWithValue || unknownWithValue)) {
        const next = parsed.args.find((w) => w.start > use.end && !absorbed.has(w));
        const nextWord = words.find((w) => w.start > use.start);
        if (next && next === nextWord && !next.text.startsWith('-')) {
          absorbed.add(next);
          part.text = `${use.name} ${next.text}`;
        }
      }
      parts.push({ at: use.start, part });
    }

    this.#markConflicts(parsed.flags, parts);

    const args = parsed.args.filter((w) => !absorbed.has(w));
    if (spec.hasSubcommands && args[0] && SUBCOMMAND_WORD.test(args[0].text)) {
      const word = args[0].text;
      // The longest command Docker documents that the words name: `docker swarm join-token`, not `docker swarm`.
      let uncovered: string | undefined;
      let named = 0;
      for (let n = 0, name = spec.name; n < Math.min(args.length, this.#longestUncovered) && SUBCOMMAND_WORD.test(args[n]!.text); n++) {
        name += ` ${args[n]!.text}`;
        if (this.#uncovered.has(name)) [uncovered, named] = [name, n + 1];
      }
      if (uncovered) {
        const text = uncovered.slice(spec.name.length + 1);
        parts.push({ at: args[0].start, part: { kind: 'uncovered', text, name: uncovered, docs: `https://docs.docker.com/reference/cli/${uncovered.replace(/ /g, '/')}/` } });
      } else {
        const names = [...this.index.keys()].filter((n) => n.startsWith(`${spec.name} `) && n.split(' ').length === spec.name.split(' ').length + 1).map((n) => n.split(' ').at(-1)!);
        const suggestion = closest(word, names);
        parts.push({ at: args[0].start, part: { kind: 'problem', text: word, problem: { kind: 'unknown-subcommand', command: spec.name, word, ...(suggestion ? { suggestion: `${spec.name} ${suggestion}` } : {}) } } });
      }
      // What follows belongs to a command this reference does not have: shown as not read, its flags unread too.
      const after = args[uncovered ? named - 1 : 0]!.start;
      for (let k = parts.length - 1; k >= 0; k--) if (parts[k]!.at > after) parts.splice(k, 1);
      const rest = words.filter((w) => w.start > after);
      if (rest.length) parts.push({ at: rest[0]!.start, part: { kind: 'unread', text: asWritten(source, rest) } });
    } else {
      const given = (flag: string) => parsed.flags.some((use) => use.option?.long === flag);
      // With an entrypoint of the reader's own, the words after the image are meant for it; `--help` needs no argument.
      for (const item of this.#arguments(source, entry, spec, args, { ownEntrypoint: given('--entrypoint'), help: given('--help') })) parts.push(item);
    }
    return parts.sort((a, b) => a.at - b.at).map((p) => p.part);
  }

  #flag(source: string, use: FlagUse, removed: RemovedForm[]): Part {
    const value = use.value?.text;
    const written = value === undefined ? use.name : `${use.name} ${value}`;
    const form = removed.find((f) => f.kind === 'flag' && f.command === use.spec.name && f.flags.includes(use.name));
    if (form) return { kind: 'problem', text: written, problem: removedProblem(form) };
    if (!use.option) {
      const entry = this.#entries.get(use.spec.id);
      const names = (entry?.options ?? []).flatMap((o) => (use.name.startsWith('--') ? (o.long ? [o.long] : []) : []));
      // `--it`, a typesetter's dash read back as two hyphens, where `-it` is meant: the letters as one-letter flags.
      const letters = `-${use.name.slice(2)}`;
      const suggestion = use.name.startsWith('--') && /^-[A-Za-z]{1,3}$/.test(letters) && isFlagOf(use.spec, letters) ? letters : closest(use.name, names);
      const elsewhere = this.#commandsWithFlag(use.name, use.spec);
      return { kind: 'problem', text: use.name, problem: { kind: 'unknown-flag', command: use.spec.name, flag: use.name, ...(suggestion ? { suggestion } : {}), elsewhere } };
    }
    const entry = this.#entries.get(use.spec.id);
    const option = entry?.options.find((o) => (o.long ?? o.short) === (use.option!.long ?? use.option!.short));
    const flag = use.option.long ?? use.option.short!;
    const part: Part = {
      kind: 'flag',
      text: written,
      flag: use.option.long && use.option.short ? `${use.option.short}, ${use.option.long}` : flag,
      id: use.spec.id,
      anchor: use.option.anchor,
      description: option?.text ?? '',
      ...(value !== undefined ? { value } : {}),
      ...(use.option.hiddenNames?.includes(use.name) ? { hiddenName: use.name } : {}),
    };
    const variables = use.value ? shellVariables(source.slice(use.value.start, use.value.end)) : [];
    if (variables.length) part.variables = variables;
    if (use.missingValue) part.problem = { kind: 'missing-value', command: use.spec.name, flag: use.name };
    else if (option?.legacy) part.problem = { kind: 'legacy-flag', flag, replacement: option.legacy };
    const note = option && value !== undefined ? valueNote(option, value) : undefined;
    if (note) part.note = note;
    if (note?.kind === 'restart' && !note.valid) part.problem = { kind: 'bad-value', flag, value: value!, expected: 'no, always, unless-stopped, on-failure[:N]' };
    const badPort = note?.kind === 'port' ? portsOutOfRange(note)[0] : undefined;
    if (badPort) part.problem = { kind: 'bad-port', flag, port: badPort };
    return part;
  }

  /** Marks the later of two flags a command refuses together (CONFLICTING_FLAGS) on its part. */
  #markConflicts(uses: FlagUse[], parts: { at: number; part: Part }[]): void {
    for (const { entries, flags, unless } of CONFLICTING_FLAGS) {
      const found = flags.map((flag) =>
        uses.find((use) => entries.includes(use.spec.id) && use.option?.long === flag && !(unless?.[flag] !== undefined && use.value?.text === unless[flag])),
      );
      if (!found[0] || !found[1]) continue;
      const later = found[0].start > found[1].start ? found[0] : found[1];
      const part = parts.find((p) => p.at === later.start)?.part;
      if (part?.kind === 'flag' && !part.problem) part.problem = { kind: 'conflict', command: later.spec.name, flags: [flags[0]!, flags[1]!] };
    }
  }

  /** Other commands that have this flag, for "a flag given to the wrong command": `docker run (--publish)`. */
  #commandsWithFlag(flag: string, spec: CommandSpec): string[] {
    const found: [string, string][] = [];
    for (const other of this.#entries.values()) {
      if (other.id === spec.id || other.kind === 'dockerfile' || other.replacement) continue;
      const option = other.options.find((o) => o.long === flag || o.short === flag);
      if (option) found.push([other.name, option.long && option.long !== flag ? ` ${option.long}` : '']);
    }
    // Client commands before the daemon, the shortest names first: `docker run` before `docker network create`.
    const rank = ([name]: [string, string]) => (name.startsWith('docker ') ? name.length : 100 + name.length);
    return found.sort((a, b) => rank(a) - rank(b) || a[0].localeCompare(b[0])).slice(0, 4).map(([name, long]) => name + long);
  }

  #takesValueElsewhere(flag: string): boolean {
    return [...this.#entries.values()].some((e) => e.kind !== 'dockerfile' && e.options.some((o) => (o.long === flag || o.short === flag) && o.type !== 'bool'));
  }

  /** Positional arguments, named after the entry's usage line; the image and the container's command apart. */
  #arguments(
    source: string,
    entry: ExplainEntry | undefined,
    spec: CommandSpec,
    args: Word[],
    { ownEntrypoint, help }: { ownEntrypoint: boolean; help: boolean },
  ): { at: number; part: Part }[] {
    const roles = entry ? usageRoles(entry.usage, entry.name) : [];
    const out: { at: number; part: Part }[] = [];
    let role = -1;
    let placeholders = false;
    for (let i = 0; i < args.length; i++) {
      const word = args[i]!;
      // A placeholder written in brackets (`[옵션]`, `<image name>:<tag>`) stands for the reader's own value: for flags,
      // or for the argument in its place (`docker exec -it <container> bash`: `bash` is then the command).
      if (/^[[<]/.test(word.text)) {
        let end = i;
        while (end < args.length - 1 && !/[\]>]$/.test(args[end]!.text)) end++;
        const text = asWritten(source, args.slice(i, end + 1));
        placeholders = true;
        i = end;
        if (STANDS_FOR_FLAGS.test(text)) {
          out.push({ at: word.start, part: { kind: 'placeholder', text } });
          continue;
        }
        role++;
        const named = roles[Math.min(role, roles.length - 1)];
        out.push({ at: word.start, part: { kind: 'placeholder', text, ...(named && (role < roles.length || named.repeats) ? { role: named.name } : {}) } });
        continue;
      }
      role++;
      const named = roles[Math.min(role, roles.length - 1)];
      const beyond = role >= roles.length && !roles.at(-1)?.repeats;
      if (!named || beyond) {
        out.push({ at: word.start, part: { kind: 'problem', text: asWritten(source, args.slice(i)), problem: { kind: 'extra-argument', command: spec.name } } });
        break;
      }
      // The rest of the words are the container's: `docker run redis redis-server --save 60`.
      if (named.name === 'COMMAND' && !spec.interspersed) {
        const rest = args.slice(i);
        const commandFlags = word.text.startsWith('-') && !ownEntrypoint ? rest.filter((w) => isFlagOf(spec, w.text)).map((w) => w.text.split('=')[0]!) : [];
        const after = /IMAGE/.test(roles[role - 1]?.name ?? '') ? 'image' : 'container';
        out.push({ at: word.start, part: { kind: 'container-command', text: asWritten(source, rest), program: word.text, args: rest.slice(1).map((w) => w.text), after, command: spec.name, commandFlags, ownEntrypoint } });
        break;
      }
      const substituted = /^[$]?\(|^`/.test(word.text) ? 'output' : /^\$\{?[A-Za-z_]/.test(word.text) ? 'variable' : undefined;
      if (/IMAGE|^NAME\[|^REPOSITORY/.test(named.name) && !substituted && !word.text.startsWith('(')) {
        // Docker's image names are lower case: one in capitals (`IMAGE_NAME`, `MY_IMAGE:TAG`) is a placeholder.
        if (CAPITALS_PLACEHOLDER.test(word.text)) {
          placeholders = true;
          out.push({ at: word.start, part: { kind: 'placeholder', text: word.text, role: named.name } });
        } else out.push({ at: word.start, part: imagePart(word.text) });
      } else {
        out.push({ at: word.start, part: { kind: 'argument', text: word.text, role: named.name, ...(substituted ? { substituted } : {}) } });
      }
    }
    // What the usage line requires and no word gave, said after the rest: not for a group (its next word names a
    // command), a template with placeholders, or a question for --help.
    const missing = spec.hasSubcommands || placeholders || help ? [] : roles.slice(role + 1).filter((r) => !r.optional).map((r) => r.name);
    if (missing.length) out.push({ at: Infinity, part: { kind: 'problem', text: missing.join(' '), problem: { kind: 'missing-argument', command: spec.name, missing } } });
    return out;
  }

  #dockerfile(source: string): ExplainedCommand[] {
    return dockerfileInstructions(source).map((line) => {
      const entry = this.#instructions.get(line.name);
      const parts: Part[] = [];
      if (!entry) {
        parts.push({ kind: 'other', text: line.text, program: line.name });
        return { text: line.text, parts };
      }
      parts.push({ kind: 'command', text: source.slice(line.start, line.end), id: entry.id, name: entry.name, summary: entry.summary, ...(entry.replacement ? { replacement: entry.replacement } : {}) });
      for (const flag of line.flags) {
        const option = entry.options.find((o) => o.long === flag.name);
        const written = flag.value === undefined ? flag.name : `${flag.name}=${flag.value}`;
        if (!option) {
          parts.push({ kind: 'problem', text: written, problem: { kind: 'unknown-flag', command: entry.name, flag: flag.name, elsewhere: [], ...withSuggestion(flag.name, entry.options) } });
          continue;
        }
        const part: Part = { kind: 'flag', text: written, flag: flag.name, id: entry.id, anchor: flag.name.slice(2), description: option.text, ...(flag.value !== undefined ? { value: flag.value } : {}) };
        const note = flag.value !== undefined ? valueNote(option, flag.value) : undefined;
        if (note) part.note = note;
        if (option.type !== 'bool' && flag.value === undefined) part.problem = { kind: 'missing-value', command: entry.name, flag: flag.name };
        parts.push(part);
      }
      const rest = line.text.slice(line.argsStart - line.start).replace(/\\\n\s*/g, ' ').trim();
      if (rest) parts.push(...instructionArgs(entry.name, rest));
      return { text: line.text, parts };
    });
  }
}

/** `shell-main`: the shell form of CMD or ENTRYPOINT, where the shell becomes the container's main process. */
export type InstructionReading = 'exec' | 'shell' | 'shell-main' | 'stage' | 'expose';

/** Instructions whose command may be written as a JSON list (exec form) or as a line for the shell (shell form). */
const COMMAND_FORMS = new Set(['RUN', 'CMD', 'ENTRYPOINT']);

/**
 * An instruction's arguments as parts: for RUN, CMD and ENTRYPOINT, which form the command is written in (a JSON list
 * of strings runs as it is, anything else through `/bin/sh -c`); for FROM, the image and the stage's name; for
 * EXPOSE, the ports; for the others, the arguments as written.
 */
function instructionArgs(instruction: string, text: string): Part[] {
  if (COMMAND_FORMS.has(instruction)) {
    let list: unknown;
    try {
      list = JSON.parse(text);
    } catch {
      list = undefined;
    }
    const exec = Array.isArray(list) && list.length > 0 && list.every((item) => typeof item === 'string');
    return [{ kind: 'instruction-args', text, instruction, reading: exec ? 'exec' : instruction === 'RUN' ? 'shell' : 'shell-main', vars: exec ? { program: (list as string[])[0]! } : {} }];
  }
  if (instruction === 'FROM') {
    const [image, as, name, ...more] = text.split(/\s+/);
    if (image && !more.length && (as === undefined || (/^as$/i.test(as) && name))) {
      return [imagePart(image), ...(name ? [{ kind: 'instruction-args', text: `${as} ${name}`, instruction, reading: 'stage', vars: { name } } as Part] : [])];
    }
  }
  if (instruction === 'EXPOSE') return [{ kind: 'instruction-args', text, instruction, reading: 'expose', vars: { ports: text } }];
  return [{ kind: 'instruction-args', text, instruction }];
}

/**
 * Flags a command refuses together: the CLI stops with "conflicting options" (from its source: container/opts.go
 * and cli.go). `unless`: a value of one of them that does not conflict (`--restart no`).
 */
const CONFLICTING_FLAGS: { entries: string[]; flags: [string, string]; unless?: Record<string, string> }[] = [
  { entries: ['run', 'create'], flags: ['--rm', '--restart'], unless: { '--restart': 'no' } },
  { entries: ['docker'], flags: ['--host', '--context'] },
];

/** A bracketed placeholder that stands for flags (`[OPTIONS]`, `[옵션]`, `<flags>`), not for an argument. */
const STANDS_FOR_FLAGS = /^[[<][^\]>]*(?:option|옵션|flag|플래그)/i;

/** An image name written in capitals, as a placeholder: `IMAGE`, `IMAGE_NAME:TAG`. */
const CAPITALS_PLACEHOLDER = /^[A-Z][A-Z0-9_]*(?::[A-Z][A-Z0-9_]*)?$/;

/** A word that can name a subcommand (`ls`, `join-token`): anything else after a group is an argument or a value. */
const SUBCOMMAND_WORD = /^[a-z][a-z0-9-]*$/;

/**
 * `>`, `>>`, `2>`, `&>` and `2>&1`, and `<` on its own: the operator and its file (in the same word or the next).
 * A word opening with `<` and more is left alone: notes and READMEs write placeholders so (`<image>`).
 */
const REDIRECT = /^(\d*|&)(>>?)(.*)$|^(<)$/;

/**
 * A Compose file's first line: a top-level key of the Compose specification on a line of its own, and an indented
 * line after it (`services:` then `  web:`).
 */
const COMPOSE_FILE = /^(?:\s*#[^\n]*\n|\s*\n)*((?:services|version|name|volumes|networks|configs|secrets|include|x-[\w-]+):[^\n]*)\n[ \t]+\S/;

/** `<<EOF`, `<<-EOF`, `<< 'EOF'`: a here-document, whose lines up to the delimiter are the command's input. */
const HERE_DOCUMENT = /<<(-?)[ \t]*(['"]?)([\w-]+)\2/g;

/**
 * The text with each here-document's lines blanked (so they are not read as commands, and every offset still points
 * into the pasted text), and each body by the offset of its `<<`. An unterminated one runs to the end; two on one line
 * (`cat <<A <<B`) take their bodies one after the other, as the shell does. Linear in the text, whatever is pasted.
 */
function hereDocuments(source: string): { shell: string; bodies: Map<number, string> } {
  const bodies = new Map<number, string>();
  let shell = '';
  let copied = 0;
  let lineEnd = -1;
  let bodyFrom = 0;
  for (const match of source.matchAll(HERE_DOCUMENT)) {
    // Inside a body already taken (past the line that opened it), or a quoted `'<<EOF'`: not an operator.
    if ((match.index > lineEnd && match.index < copied) || /['"]/.test(source[match.index - 1] ?? '')) continue;
    if (match.index > lineEnd) {
      lineEnd = source.indexOf('\n', match.index);
      if (lineEnd < 0) break;
      bodyFrom = lineEnd + 1;
    }
    const [, dash, , delimiter] = match;
    let end = -1;
    for (let at = bodyFrom; at <= source.length; ) {
      const next = source.indexOf('\n', at);
      const line = source.slice(at, next < 0 ? source.length : next).replace(/\r$/, '');
      if ((dash ? line.trim() : line) === delimiter) {
        end = at;
        break;
      }
      if (next < 0) break;
      at = next + 1;
    }
    bodies.set(match.index, end < 0 ? source.slice(bodyFrom) : source.slice(bodyFrom, Math.max(bodyFrom, end - 1)));
    const blankTo = end < 0 ? source.length : (source.indexOf('\n', end) + 1 || source.length);
    shell += source.slice(copied, bodyFrom) + source.slice(bodyFrom, blankTo).replace(/[^\n]/g, ' ');
    copied = blankTo;
    bodyFrom = blankTo;
  }
  return { shell: shell + source.slice(copied), bodies };
}

/** The command's own words, and its redirections (which the shell applies wherever they stand) as parts. */
function withoutRedirects(source: string, words: Word[], hereBodies: Map<number, string>): { words: Word[]; redirects: Part[] } {
  const kept: Word[] = [];
  const redirects: Part[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const body = hereBodies.get(word.start);
    if (body !== undefined && word.text.startsWith('<<')) {
      // The delimiter is in the same word (`<<EOF`) or the next (`<< EOF`).
      let delimiter = word.text.replace(/^<<-?/, '');
      let text = word.text;
      if (!delimiter && words[i + 1]) {
        delimiter = words[++i]!.text;
        text += ` ${delimiter}`;
      }
      redirects.push({ kind: 'redirect', text, stream: 'in', target: delimiter, append: false, hereDocument: body });
      continue;
    }
    // A quoted `">"` is a value, not an operator.
    const match = /['"]/.test(source[word.start] ?? '') ? null : REDIRECT.exec(word.text);
    if (!match) {
      kept.push(word);
      continue;
    }
    const [, fd = '', arrows, rest = ''] = match;
    let target = rest;
    let text = word.text;
    if (!target) {
      const next = words[++i];
      target = next?.text ?? '';
      if (next) text += ` ${next.text}`;
    }
    const stream = match[4] ? 'in' : fd === '&' ? 'both' : fd === '2' ? 'err' : 'out';
    redirects.push({ kind: 'redirect', text, stream, target, append: arrows === '>>' });
  }
  return { words: kept, redirects };
}

function withSuggestion(flag: string, options: ExplainOption[]): { suggestion?: string } {
  const suggestion = closest(flag, options.flatMap((o) => (o.long ? [o.long] : [])));
  return suggestion ? { suggestion } : {};
}

function removedProblem(form: RemovedForm): Problem {
  const what = form.kind === 'command' ? form.command : form.kind === 'flag' ? `${form.command} ${form.flags.join('/')}` : `.${form.field}`;
  return { kind: 'removed', what, removedIn: form.removedIn, replacement: form.replacement };
}

/** The UI string that says what a usage line's argument stands for: `explain.role.container` for `CONTAINER`, `explain.role.path-url` for `PATH | URL | -`. */
export const roleKey = (role: string) => `explain.role.${role.toLowerCase().replace(/[^a-z]+/g, '-').replace(/^-|-$/g, '')}`;

export interface UsageRole {
  name: string;
  repeats: boolean;
  /** Written in brackets (`[COMMAND]`): the command runs without it. */
  optional: boolean;
}

/** The positional arguments a usage line names: `docker rm [OPTIONS] CONTAINER [CONTAINER...]` -> CONTAINER, CONTAINER... */
export function usageRoles(usage: string, name: string): UsageRole[] {
  const rest = usage.startsWith(name) ? usage.slice(name.length) : usage;
  const tokens = rest.match(/\[(?:[^[\]]|\[[^\]]*\])*\](?:\.\.\.)?|[^\s[]+(?:\[[^\]]*\])?/g) ?? [];
  const roles: UsageRole[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k]!;
    if (/^\[?(OPTIONS|options)\]?$/i.test(token) || token.startsWith('[-')) continue;
    if (token === '|' && roles.length && tokens[k + 1]) {
      roles.at(-1)!.name += ` | ${tokens[++k]!.replace(/^\[|\]$/g, '')}`;
      continue;
    }
    const repeats = token.includes('...');
    const bare = token.replace(/^\[|\]$/g, '').replace(/\.\.\.\]?$/, '').replace(/\.\.\.$/, '');
    roles.push({ name: bare, repeats, optional: token.startsWith('[') });
  }
  return roles;
}

/** An image reference as Docker reads it: registry, repository, tag or digest, with Docker Hub and `latest` when left out. */
export function imagePart(text: string): Extract<Part, { kind: 'image' }> {
  let rest = text;
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  let tag: string | undefined;
  const colon = rest.lastIndexOf(':');
  if (colon > rest.lastIndexOf('/')) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
  }
  const slash = rest.indexOf('/');
  const first = slash < 0 ? '' : rest.slice(0, slash);
  const hasRegistry = slash >= 0 && (first.includes('.') || first.includes(':') || first === 'localhost');
  const registry = hasRegistry ? first : 'docker.io';
  let repository = hasRegistry ? rest.slice(slash + 1) : rest;
  if (!hasRegistry && !repository.includes('/')) repository = `library/${repository}`;
  return {
    kind: 'image',
    text,
    registry,
    repository,
    ...(tag ? { tag } : {}),
    ...(digest ? { digest } : {}),
    defaultRegistry: !hasRegistry,
    defaultTag: !tag && !digest,
  };
}

const SIZE_UNITS: Record<string, number> = { '': 1, b: 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3, t: 1024 ** 4 };
const RESTART_POLICIES = new Set(['no', 'always', 'unless-stopped', 'on-failure']);

/** What a value says, for the forms the explainer knows; undefined when the value is plain. */
export function valueNote(option: ExplainOption, value: string): ValueNote | undefined {
  const long = option.long ?? '';
  if (long === '--publish') return portNote(value);
  if (long === '--volume') return volumeNote(value);
  if (long === '--restart') {
    const [policy, retries] = value.split(':');
    return { kind: 'restart', policy: policy!, ...(retries ? { retries } : {}), valid: RESTART_POLICIES.has(policy!) && (!retries || (policy === 'on-failure' && /^\d+$/.test(retries))) };
  }
  if (option.type === 'bytes') {
    const m = /^(\d+(?:\.\d+)?)\s*([bkmgt]?)b?$/i.exec(value);
    return m ? { kind: 'size', bytes: Math.round(Number(m[1]) * SIZE_UNITS[m[2]!.toLowerCase()]!) } : undefined;
  }
  if (long === '--tmpfs') {
    const colon = value.indexOf(':');
    return { kind: 'tmpfs', target: colon < 0 ? value : value.slice(0, colon), options: colon < 0 ? [] : value.slice(colon + 1).split(',').filter(Boolean) };
  }
  if (value.includes('{{')) return templateNote(value);
  if (option.type === 'mount' || long === '--mount' || long === '--opt' || long === '--driver-opt' || (value.includes(',') && value.includes('='))) {
    return { kind: 'keyValues', pairs: value.split(',').map((pair) => splitPair(pair)) };
  }
  // Only these two set variables: other KEY=VALUE values (a label, a filter, `--scale web=3`) mean what their flag says.
  const scope = ({ '--env': 'container', '--build-arg': 'build' } as const)[long];
  if (scope) {
    const [key, val] = splitPair(value);
    return { kind: 'env', scope, key, ...(val !== undefined ? { value: val } : {}) };
  }
  return undefined;
}

/** A field a template reads: `.Name`, `.NetworkSettings.Networks`. */
const TEMPLATE_FIELD = /(?<![\w)])\.[A-Za-z][\w.]*/g;

/**
 * What a Go template prints: each action's fields (`{{.Names}}`, `{{json .Config}}`), but not those it only tests
 * (`if`, `with`) or goes through (`range`, said apart).
 */
export function templateNote(template: string): Extract<ValueNote, { kind: 'template' }> {
  const fields = new Set<string>();
  const loops = new Set<string>();
  let wholeAsJson = false;
  for (const [, inside] of template.matchAll(/\{\{-?\s*([\s\S]*?)\s*-?\}\}/g)) {
    const [word = '', ...rest] = inside!.split(/\s+/);
    const read = inside!.match(TEMPLATE_FIELD) ?? [];
    if (word === 'range') read.forEach((field) => loops.add(field));
    else if (['if', 'with', 'else', 'end', 'define', 'template', 'block'].includes(word)) continue;
    else if (word === 'json' && rest[0] === '.') wholeAsJson = true;
    else read.forEach((field) => fields.add(field));
  }
  return { kind: 'template', fields: [...fields], loops: [...loops], wholeAsJson };
}

/** The ports of a `--publish` value past the last one there is (65535), as written: ranges (`8000-8010`) read end to end. */
function portsOutOfRange(note: Extract<ValueNote, { kind: 'port' }>): string[] {
  return [note.hostPort, note.containerPort].flatMap((port) => (port ?? '').split('-')).filter((port) => /^\d+$/.test(port) && Number(port) > 65535);
}

function splitPair(pair: string): [string, string | undefined] {
  const at = pair.indexOf('=');
  return at < 0 ? [pair, undefined] : [pair.slice(0, at), pair.slice(at + 1)];
}

/** `[IP:][HOST_PORT:]CONTAINER_PORT[/PROTOCOL]`; an IPv6 address is written in brackets. */
export function portNote(value: string): ValueNote {
  const [mapping, protocol = 'tcp'] = value.split('/');
  let hostIp: string | undefined;
  let rest = mapping!;
  const v6 = /^\[([^\]]+)\]:(.*)$/.exec(rest);
  if (v6) {
    hostIp = v6[1];
    rest = v6[2]!;
  }
  const pieces = rest.split(':');
  const containerPort = pieces.pop()!;
  const hostPort = pieces.pop();
  if (pieces.length) hostIp = pieces.join(':');
  return { kind: 'port', ...(hostIp ? { hostIp } : {}), ...(hostPort ? { hostPort } : {}), containerPort, protocol };
}

/** `[SOURCE:]TARGET[:OPTIONS]`: a source that is a path (or `.`, `~`, `$VAR`, `C:\`) is a bind mount, a bare name a named volume. */
export function volumeNote(value: string): ValueNote {
  const pieces = value.split(':');
  // A Windows drive letter's colon is not a separator (`C:\data:/data`).
  if (/^[A-Za-z]$/.test(pieces[0]!) && /^[\\/]/.test(pieces[1] ?? '')) pieces.splice(0, 2, `${pieces[0]}:${pieces[1]}`);
  if (pieces.length === 1) return { kind: 'volume', sourceKind: 'anonymous', target: pieces[0]!, options: [] };
  const [source, target, options] = pieces as [string, string, string | undefined];
  const bind = /^([./~$%\\]|[A-Za-z]:)/.test(source);
  return { kind: 'volume', source, sourceKind: bind ? 'bind' : 'volume', target, options: options ? options.split(',') : [] };
}

/**
 * The nearest of `names` for "did you mean": within one edit of a short word, two of a longer one. Two edits are
 * half of a four-letter word (`init` to `wait`), a different word rather than a slip.
 */
export function closest(word: string, names: string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = word.replace(/^-+/, '').length <= 4 ? 2 : 3;
  for (const name of names) {
    const d = distance(word, name);
    if (d < bestDistance) {
      best = name;
      bestDistance = d;
    }
  }
  return best;
}

/** Edits between `a` and `b`, two letters swapped counting as one (`rnu` is one from `run`, two from `rm`); 3 for "far". */
function distance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  let before: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j]!, before[j - 2]! + 1);
    }
    [before, prev] = [prev, row];
  }
  return prev[b.length]!;
}

/**
 * The shell variables a word's text as written uses (`$PATH`, `${HOME}`, `$env:PATH`): the shell replaces them before Docker
 * reads the word. Not in single quotes, where the shell leaves `$` as it is, nor escaped (`\$`).
 */
export function shellVariables(written: string): string[] {
  const found = new Set<string>();
  let single = false;
  let double = false;
  for (let i = 0; i < written.length; i++) {
    const c = written[i]!;
    if (c === "'" && !double) single = !single;
    else if (c === '"' && !single) double = !double;
    else if (c === '\\' && !single) i++;
    else if (c === '$' && !single) {
      // PowerShell's environment variables are written `$env:NAME`.
      const name = /^\{?((?:env:)?[A-Za-z_][A-Za-z0-9_]*)\}?/.exec(written.slice(i + 1));
      if (name) found.add(`$${name[1]}`);
    }
  }
  return [...found];
}
