/**
 * Facts about the Docker CLI's and Compose's flags, read from their reference docs: names, short forms,
 * types, defaults and the deprecated/experimental/API marks the docs give. No descriptions.
 *
 * `scripts/extract-cli-facts.ts` writes them to `content/reference-facts/*.json`;
 * `tests/content/reference-facts.test.ts` compares the command entries with them.
 */

export interface FlagFact {
  long?: string;
  short?: string;
  type: string;
  default?: string;
  deprecated?: true;
  experimental?: true;
  /** Lowest Engine API version the flag needs, as the docs write it ("1.41"). */
  minApi?: string;
  /** Set for a flag the generated docs table leaves out: the source file that defines it. */
  definedIn?: string;
}

/** A Dockerfile instruction's flag and the lowest `docker/dockerfile` syntax that has it ("1.20"), if the reference gives one. */
export interface SyntaxFlagFact {
  long: string;
  minSyntax?: string;
}

export interface InstructionFact {
  /** `COPY`, `ADD`, `RUN`. */
  name: string;
  flags: SyntaxFlagFact[];
}

export interface DockerfileFactsFile {
  source: { repository: string; commit: string; version: string; page: string };
  instructions: InstructionFact[];
}

export interface CommandFact {
  /** The canonical name: the first name in the page's alias list, or the page's own name. */
  name: string;
  aliases: string[];
  /** The docs page the flags come from, relative to the repository root. */
  page: string;
  flags: FlagFact[];
  /**
   * For `docker build`, whose flags come from `docker buildx build` (BuildKit): the flags of the legacy
   * builder's own page, which an entry may list only when it marks them `builder: legacy`.
   */
  legacyBuilder?: { page: string; flags: FlagFact[] };
  /**
   * `false` when the command reads flags only before its first argument (cobra's `SetInterspersed(false)` in the
   * command's Go source): the words after it are the argument's own (`docker run IMAGE ls -la`). Left out otherwise.
   */
  interspersed?: false;
}

/** Whether a command's Go source tells cobra to stop reading flags at the first argument. */
export const stopsFlagsAtFirstArgument = (code: string): boolean => /\.SetInterspersed\(false\)/.test(code);

/** The Go file of docker/compose that defines `docker compose <sub>` (`Use: "exec [OPTIONS] SERVICE ..."`), if one does. */
export function composeCommandSource(name: string, files: GoFile[]): GoFile | undefined {
  const sub = name.split(' ')[2];
  if (!sub) return undefined;
  const uses = new RegExp(`Use:\\s*"${sub}[ "]`);
  return files.find((f) => f.path.startsWith('cmd/compose/') && !f.path.endsWith('_test.go') && uses.test(f.text));
}

export interface FactsFile {
  source: { repository: string; commit: string; version: string };
  commands: CommandFact[];
}

const MARKER_START = '<!---MARKER_GEN_START-->';
const MARKER_END = '<!---MARKER_GEN_END-->';

/** The part of a page that the docs generator writes from the CLI's own flag definitions. */
function generatedPart(markdown: string): string {
  const start = markdown.indexOf(MARKER_START);
  const end = markdown.indexOf(MARKER_END, start);
  if (start < 0 || end < 0) throw new Error(`no ${MARKER_START} ... ${MARKER_END} block`);
  return markdown.slice(start + MARKER_START.length, end);
}

/** Lines of the `### <title>` section of the generated block, up to the next heading. */
function section(markdown: string, title: string): string[] {
  const lines = generatedPart(markdown).split('\n');
  const start = lines.findIndex((line) => line.trim() === `### ${title}`);
  if (start < 0) return [];
  const rest = lines.slice(start + 1);
  const end = rest.findIndex((line) => /^#{1,6} /.test(line));
  return end < 0 ? rest : rest.slice(0, end);
}

const codeSpans = (text: string): string[] => [...text.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);

/** `docker container run`, `docker run` under `### Aliases`: the first is the canonical name. */
export function parseAliases(markdown: string): string[] {
  return section(markdown, 'Aliases').flatMap(codeSpans);
}

/** Marks the docs put in a flag's description. */
function marks(description: string): Pick<FlagFact, 'deprecated' | 'experimental' | 'minApi'> {
  const api = /\bAPI (1\.\d+)\+/.exec(description);
  return {
    ...(/\([Dd]eprecated\)|^[Dd]eprecated\b|\bDEPRECATED\b/.test(description) ? { deprecated: true } : {}),
    ...(/\bEXPERIMENTAL\b/.test(description) ? { experimental: true } : {}),
    ...(api ? { minApi: api[1]! } : {}),
  };
}

function names(cell: string): Pick<FlagFact, 'long' | 'short'> {
  const spans = codeSpans(cell);
  const long = spans.find((s) => s.startsWith('--'));
  const short = spans.find((s) => /^-[^-]/.test(s));
  if (!long && !short) throw new Error(`no flag name in "${cell.trim()}"`);
  return { ...(long ? { long } : {}), ...(short ? { short } : {}) };
}

/** Splits a Markdown table row on the pipes that are not escaped as `\|`. */
function cells(row: string): string[] {
  return row
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split(/(?<!\\)\|/)
    .map((cell) => cell.trim());
}

/** The `### Options` table of a generated docs page (docker/cli and docker/compose write the same shape). */
export function parseOptionsTable(markdown: string, descriptions?: Map<string, string>): FlagFact[] {
  const rows = section(markdown, 'Options').filter((line) => line.trim().startsWith('|'));
  if (!rows.length) return [];
  const header = cells(rows[0]!).map((h) => h.toLowerCase());
  const column = (name: string) => {
    const i = header.indexOf(name);
    if (i < 0) throw new Error(`the Options table has no "${name}" column`);
    return i;
  };
  const [nameAt, typeAt, defaultAt, descriptionAt] = ['name', 'type', 'default', 'description'].map(column) as [number, number, number, number];
  // Every command takes --help; some pages list it, the entries leave it out.
  return rows.slice(2).flatMap((row) => {
    const c = cells(row);
    const type = codeSpans(c[typeAt] ?? '')[0];
    if (!type) throw new Error(`no type in the row "${row.trim()}"`);
    const fallback = codeSpans(c[defaultAt] ?? '')[0];
    const flag = names(c[nameAt] ?? '');
    if (flag.long === '--help') return [];
    descriptions?.set(flagKey(flag), (c[descriptionAt] ?? '').replace(/\\\|/g, '|'));
    return {
      ...flag,
      type,
      ...(fallback !== undefined ? { default: fallback } : {}),
      ...marks(c[descriptionAt] ?? ''),
    };
  });
}

/**
 * The flags of a plain `Usage:` block as cobra prints it (`dockerd.md` keeps one instead of a generated table):
 *   `  -b, --bridge string    Attach ... (default "x")`, continuation lines indented, bool flags without a type.
 */
export function parseUsageBlock(markdown: string, descriptions?: Map<string, string>): FlagFact[] {
  const fence = /```[a-z]*\n(Usage:[\s\S]*?)```/.exec(markdown);
  if (!fence) throw new Error('no fenced Usage: block');
  const lines = fence[1]!.split('\n');
  const start = lines.findIndex((line) => line.trim() === 'Options:');
  if (start < 0) throw new Error('the Usage: block has no Options: list');
  const flags: { fact: Omit<FlagFact, 'type'> & { type?: string }; description: string }[] = [];
  for (const line of lines.slice(start + 1)) {
    if (!line.trim()) break;
    const flag = /^\s{1,6}(?:(-[a-zA-Z0-9]), )?(--[a-z0-9][a-z0-9-]*)(?: ([a-zA-Z][\w-]*))?\s{2,}(.*)$/.exec(line);
    if (flag) {
      const [, short, long, type, description] = flag;
      flags.push({ fact: { long: long!, ...(short ? { short } : {}), ...(type ? { type } : {}) }, description: description! });
    } else if (/^\s{7,}\S/.test(line) && flags.length) {
      flags.at(-1)!.description += ` ${line.trim()}`;
    } else {
      throw new Error(`cannot read the Usage: line "${line}"`);
    }
  }
  return flags
    .filter(({ fact }) => fact.long !== '--help') // as in parseOptionsTable
    .map(({ fact, description }) => {
      descriptions?.set(flagKey(fact), description);
      const type = fact.type ?? 'bool';
      const fallback = /\(default (.+?)\)\s*$/.exec(description)?.[1]?.replace(/^"(.*)"$/, '$1');
      return { ...fact, type, ...(fallback !== undefined ? { default: fallback } : {}), ...marks(description) };
    });
}

/** The documented command that an entry describes: the one that shares a name or alias with it. */
export function findCommand(facts: CommandFact[], entryNames: string[]): CommandFact | undefined {
  return facts.find((c) => [c.name, ...c.aliases].some((name) => entryNames.includes(name)));
}

/** How a flag is identified across the docs and the entries: its long name, else its short one. */
export const flagKey = (flag: { long?: string; short?: string }): string => (flag.long ?? flag.short)!;

/** The part of an entry's option the comparison needs. */
export interface ListedFlag {
  long?: string;
  short?: string;
  type: string;
  default?: string;
  legacy?: unknown;
  /** `legacy` for a flag only the legacy builder has (`docker build --squash`). */
  builder?: string;
}

/**
 * Defaults that say nothing a reader needs: Go's zero values, and paths under the home directory of the
 * machine that generated the docs (`/root/.docker`), which differ on every machine.
 */
export function isMeaningfulDefault(value: string | undefined): value is string {
  return value !== undefined && !['', '0', '0s', 'false', '[]', 'map[]', '<nil>'].includes(value) && !value.startsWith('/root/');
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = row;
  }
  return previous[b.length]!;
}

export interface FlagComparison {
  problems: string[];
  /** Current documented flags that the entry lists. */
  listed: number;
  /** Current documented flags: every flag the docs give that is not deprecated. */
  documented: number;
}

/** Short form, type and default of a listed flag against its documented facts. */
function detailProblems(option: ListedFlag, fact: FlagFact): string[] {
  const problems: string[] = [];
  const name = flagKey(option);
  if (fact.long && !option.long) problems.push(`${name}: the long form ${fact.long} is missing`);
  if ((option.short ?? '') !== (fact.short ?? '')) {
    problems.push(`${name}: short form ${option.short ?? '(none)'}, documented ${fact.short ?? '(none)'}`);
  }
  if (option.type !== fact.type) problems.push(`${name}: type ${option.type}, documented ${fact.type}`);
  if (option.default !== undefined && option.default !== fact.default) {
    problems.push(`${name}: default ${option.default}, documented ${fact.default ?? '(none)'}`);
  } else if (option.default === undefined && isMeaningfulDefault(fact.default)) {
    problems.push(`${name}: default ${fact.default} is missing`);
  }
  return problems;
}

/**
 * Compares an entry's options with the documented flags of its command. `legacyBuilder` holds the flags of
 * the legacy builder's page for `docker build`: an option marked `builder: legacy` must be one of them and
 * not one of BuildKit's, and it does not count toward the documented flags.
 */
export function compareFlags(options: ListedFlag[], facts: FlagFact[], legacyBuilder?: FlagFact[]): FlagComparison {
  const problems: string[] = [];
  const sameFlag = (o: ListedFlag) => (f: FlagFact) => (o.long ? f.long === o.long : f.short === o.short);
  const matched = new Set<FlagFact>();
  const unknown: ListedFlag[] = [];
  for (const option of options) {
    const fact = facts.find(sameFlag(option));
    const name = flagKey(option);
    if (option.builder === 'legacy') {
      const own = legacyBuilder?.find(sameFlag(option));
      if (!legacyBuilder) problems.push(`${name}: marked builder: legacy, but this command has no legacy builder`);
      else if (fact) problems.push(`${name}: marked builder: legacy, but BuildKit has it too`);
      else if (!own) problems.push(`${name}: marked builder: legacy, but the legacy builder has no such flag`);
      else problems.push(...detailProblems(option, own));
      continue;
    }
    if (!fact) {
      if (!option.legacy) unknown.push(option);
      continue;
    }
    matched.add(fact);
    if (option.legacy) continue;
    problems.push(...detailProblems(option, fact));
  }
  const current = facts.filter((f) => !f.deprecated);
  const missing = current.filter((f) => !matched.has(f));
  for (const option of unknown) {
    const name = flagKey(option);
    const near = option.long ? missing.find((f) => f.long && editDistance(f.long, option.long!) <= 2) : undefined;
    if (near) {
      problems.push(`${name}: misspelled, documented ${flagKey(near)}`);
      missing.splice(missing.indexOf(near), 1);
    } else {
      problems.push(`${name}: extra, not documented (mark it legacy if the notes use a removed flag)`);
    }
  }
  for (const fact of missing) {
    const facts = [fact.long && fact.short, fact.type, isMeaningfulDefault(fact.default) && `default ${fact.default}`];
    problems.push(`${flagKey(fact)}: missing (${facts.filter(Boolean).join(', ')})`);
  }
  return { problems, listed: current.filter((f) => matched.has(f)).length, documented: current.length };
}

/*
 * Minimum API versions. The Markdown pages do not carry them: the CLI tags a flag in its Go source with
 * `flags.SetAnnotation("gpus", "version", []string{"1.40"})`, and cli-docs-tool writes that tag to the
 * YAML docs as `min_api_version`, which docs.docker.com shows as "API 1.40+". Reading the tag where it is
 * written keeps the facts identical to what the YAML docs would say.
 */

/** A Go source file of the CLI: its path in the repository and its text. */
export interface GoFile {
  path: string;
  text: string;
}

/** Top-level `func` declarations of a Go file, name -> text up to the next top-level declaration. */
function goFunctions(text: string): Map<string, string> {
  const functions = new Map<string, string>();
  const parts = text.split(/^(?=func )/m).slice(1);
  for (const part of parts) {
    const name = /^func (?:\([^)]*\)\s*)?(\w+)\s*\(/.exec(part)?.[1];
    if (name) functions.set(name, part.split(/^(?=(?:var|const|type) )/m)[0]!);
  }
  return functions;
}

/** String constants of a package (`flagDetach = "detach"`), so an annotation can name a flag by a constant. */
function goStringConstants(files: GoFile[]): Map<string, string> {
  const constants = new Map<string, string>();
  for (const { text } of files) for (const m of text.matchAll(/^\s*(\w+)\s*(?:string\s*)?=\s*"([^"]*)"/gm)) constants.set(m[1]!, m[2]!);
  return constants;
}

/** `SetAnnotation(<flag>, "version", []string{"1.40"})` calls in a piece of Go code: flag name -> version. */
export function parseVersionAnnotations(code: string, constants: Map<string, string> = new Map()): Map<string, string> {
  const versions = new Map<string, string>();
  for (const m of code.matchAll(/SetAnnotation\(\s*("([^"]+)"|\w+)\s*,\s*"version"\s*,\s*\[\]string\{\s*"([^"]+)"\s*\}\s*\)/g)) {
    const flag = m[2] ?? constants.get(m[1]!);
    if (!flag) throw new Error(`cannot resolve the flag name ${m[1]} of a version annotation`);
    versions.set(`--${flag}`, m[3]!);
  }
  return versions;
}

/**
 * The code that defines a command's flags: the package file whose cobra `Use` starts with the command's last
 * word, plus the package's functions it calls (`addFlags` in container/opts.go holds most of `run`'s flags).
 * `docker G S` is looked for in cli/command/G/; a top-level `docker S` in every package, and when several
 * packages have an `S` (`inspect`), the file that names the most of the page's flags wins.
 */
export function commandSource(name: string, files: GoFile[], pageFlags: string[]): { path: string; code: string } {
  const words = name.split(' ').slice(1);
  if (!words.length) throw new Error(`${name} is the root command`);
  const sub = words.at(-1)!;
  const dir = words.length === 2 ? `cli/command/${words[0]}/` : 'cli/command/';
  // Go writes the Use string in double quotes or backquotes (cp's usage spans two lines).
  const uses = new RegExp(`(?:Use:\\s*|\\.Use\\s*=\\s*)["\`]${sub}[ "\`]`);
  const inPackage = (f: GoFile) => f.path.startsWith(dir) && f.path.endsWith('.go') && !f.path.endsWith('_test.go');
  const candidates = files.filter((f) => inPackage(f) && (words.length === 2 || f.path.split('/').length === 4) && uses.test(f.text));
  if (!candidates.length) throw new Error(`no Go file under ${dir} defines a command "${sub}"`);
  const withHelpers = candidates.map((file) => {
    const pkg = file.path.slice(0, file.path.lastIndexOf('/') + 1);
    const siblings = files.filter((f) => f !== file && f.path.startsWith(pkg) && !f.path.slice(pkg.length).includes('/') && !f.path.endsWith('_test.go'));
    const helpers = siblings.flatMap((f) => [...goFunctions(f.text)].filter(([fn]) => new RegExp(`\\b${fn}\\(`).test(file.text)).map(([, body]) => body));
    const code = [file.text, ...helpers].join('\n');
    const named = pageFlags.filter((flag) => code.includes(`"${flag.replace(/^--/, '')}"`)).length;
    return { path: file.path, code, named, constants: goStringConstants([file, ...siblings]) };
  });
  const best = Math.max(...withHelpers.map((c) => c.named));
  const chosen = withHelpers.filter((c) => c.named === best);
  if (chosen.length > 1) throw new Error(`${chosen.map((c) => c.path).join(' and ')} both define a command "${sub}"`);
  return { path: chosen[0]!.path, code: chosen[0]!.code };
}

/** The page's flags with the minimum API version of each flag its source tags, as the YAML docs would give them. */
export function addMinApi(flags: FlagFact[], versions: Map<string, string>, where: string): FlagFact[] {
  for (const flag of versions.keys()) {
    if (!flags.some((f) => f.long === flag)) throw new Error(`${where} tags ${flag} with an API version, but the page has no such flag`);
  }
  return flags.map((f) => (f.long && versions.has(f.long) ? { ...f, minApi: versions.get(f.long)! } : f));
}

/**
 * The "Minimum Dockerfile version" tables of moby/buildkit's Dockerfile reference: one after the synopsis
 * of `RUN`, `ADD` and `COPY`, a flag per row, an empty cell for a flag every syntax has.
 */
export function parseDockerfileOptionTables(markdown: string): InstructionFact[] {
  const lines = markdown.split('\n');
  const instructions: InstructionFact[] = [];
  let heading = '';
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const h = /^## ([A-Z]+)\s*$/.exec(line);
    if (h) heading = h[1]!;
    if (!/^\|\s*Option\s*\|\s*Minimum Dockerfile version\s*\|/.test(line)) continue;
    if (!heading) throw new Error(`line ${i + 1}: a Minimum Dockerfile version table outside an instruction's section`);
    const flags: SyntaxFlagFact[] = [];
    for (let j = i + 2; j < lines.length && lines[j]!.trim().startsWith('|'); j++) {
      const [option = '', version = ''] = cells(lines[j]!);
      const long = codeSpans(option)[0];
      if (!long?.startsWith('--')) throw new Error(`line ${j + 1}: no flag name in "${lines[j]!.trim()}"`);
      const v = version.trim();
      if (v && !/^\d+\.\d+(-labs)?$/.test(v)) throw new Error(`line ${j + 1}: cannot read the version "${v}"`);
      flags.push({ long, ...(v ? { minSyntax: v } : {}) });
    }
    instructions.push({ name: heading, flags });
  }
  if (!instructions.length) throw new Error('no "Minimum Dockerfile version" table');
  return instructions;
}

/** How an entry writes a minimum version in `since`: "API 1.41" for the Engine API, "Dockerfile 1.20" for the syntax. */
export const apiSince = (minApi: string) => `API ${minApi}`;
export const syntaxSince = (minSyntax: string) => `Dockerfile ${minSyntax}`;

/** Compares each option's `since` with the version the facts give (or their absence of one). */
export function compareSince(
  options: { long?: string; short?: string; since?: string; builder?: string }[],
  versionOf: (option: { long?: string; short?: string; builder?: string }) => string | undefined | null,
): string[] {
  const problems: string[] = [];
  for (const option of options) {
    const expected = versionOf(option);
    if (expected === null) continue; // not a documented flag: compareFlags reports it
    const name = flagKey(option);
    if (expected === undefined) {
      if (option.since?.startsWith('API ') || option.since?.startsWith('Dockerfile ')) problems.push(`${name}: since ${option.since}, the source gives no minimum version`);
    } else if (option.since !== expected) {
      problems.push(`${name}: since ${option.since ?? '(none)'}, the source gives ${expected}`);
    }
  }
  return problems;
}

/**
 * Sets each option's `since` line in an entry's YAML text, keeping everything else as written: `versions`
 * maps a flag key to its version, or to `undefined` to drop an API or Dockerfile version the source no
 * longer gives (a Docker release version, "25.0", is the author's and stays). Options the map leaves out are
 * not touched. The line goes after the option's `type`, `value` or `default`, where the entries keep it.
 */
export function writeSince(yamlText: string, versions: Map<string, string | undefined>, file = 'the entry'): string {
  const lines = yamlText.split('\n');
  const start = lines.indexOf('options:');
  if (start < 0) return yamlText;
  const out = lines.slice(0, start + 1);
  let i = start + 1;
  while (i < lines.length && (lines[i]!.startsWith('  ') || lines[i] === '')) {
    // Blank lines and comments between options stay where they are (volume-create explains two flags in one).
    if (lines[i] === '' || /^\s*#/.test(lines[i]!)) {
      out.push(lines[i]!);
      i++;
      continue;
    }
    if (!lines[i]!.startsWith('  - ')) throw new Error(`${file}:${i + 1}: expected an option ("  - long: ...") under options:`);
    const end = lines.findIndex((line, j) => j > i && !line.startsWith('    '));
    const block = lines.slice(i, end < 0 ? lines.length : end);
    const field = (key: string) => block.map((line) => new RegExp(`^(?:  - |    )${key}: (\\S+)`).exec(line)?.[1]).find(Boolean);
    const key = field('long') ?? field('short');
    if (!key) throw new Error(`${file}:${i + 1}: an option with neither long nor short`);
    if (versions.has(key)) {
      const version = versions.get(key);
      const sinceAt = block.findIndex((line) => line.startsWith('    since: '));
      const own = sinceAt >= 0 && /^    since: "?\d/.test(block[sinceAt]!);
      if (!own) {
        if (sinceAt >= 0) block.splice(sinceAt, 1);
        if (version !== undefined) {
          const after = Math.max(...['type', 'value', 'default'].map((k) => block.findIndex((line) => new RegExp(`^(?:  - |    )${k}:`).test(line))));
          if (after < 0) throw new Error(`${file}:${i + 1}: option ${key} has no type line`);
          block.splice(after + 1, 0, `    since: ${version}`);
        }
      }
    }
    out.push(...block);
    i = end < 0 ? lines.length : end;
  }
  out.push(...lines.slice(i));
  return out.join('\n');
}

/*
 * Descriptions are ours: the facts carry Docker's flag names and values, never its sentences. The extraction
 * compares each entry's English description with the docs' help text and names the ones that stay too close.
 */

/** Lower case, no code marks, no "(default ...)" note, no final stop: how two descriptions are compared. */
function comparable(text: string): string {
  return text.replace(/\(default [^)]*\)/g, '').replace(/`/g, '').toLowerCase().trim().replace(/[.;]+$/, '');
}

/** Longest common substring of a[aLo, aHi) and b[bLo, bHi): [start in a, start in b, length]. */
function longestMatch(a: string, b: string, aLo: number, aHi: number, bLo: number, bHi: number): [number, number, number] {
  let best: [number, number, number] = [aLo, bLo, 0];
  let previous = new Array<number>(bHi - bLo + 1).fill(0);
  for (let i = aLo; i < aHi; i++) {
    const row = new Array<number>(bHi - bLo + 1).fill(0);
    for (let j = bLo; j < bHi; j++) {
      if (a[i] !== b[j]) continue;
      const n = previous[j - bLo]! + 1;
      row[j - bLo + 1] = n;
      if (n > best[2]) best = [i - n + 1, j - n + 1, n];
    }
    previous = row;
  }
  return best;
}

/**
 * How alike two descriptions read, from 0 to 1: twice the characters in common blocks over both lengths
 * (Ratcliff/Obershelp, the measure of Python's difflib.SequenceMatcher.ratio, without its junk heuristic).
 */
export function similarity(ours: string, theirs: string): number {
  const a = comparable(ours);
  const b = comparable(theirs);
  if (!a.length && !b.length) return 1;
  const matched = (aLo: number, aHi: number, bLo: number, bHi: number): number => {
    const [i, j, n] = longestMatch(a, b, aLo, aHi, bLo, bHi);
    if (!n) return 0;
    return n + matched(aLo, i, bLo, j) + matched(i + n, aHi, j + n, bHi);
  };
  return (2 * matched(0, a.length, 0, b.length)) / (a.length + b.length);
}

/** Descriptions at or above this similarity to Docker's help text read as Docker's sentence, not ours. */
export const TOO_CLOSE = 0.8;
