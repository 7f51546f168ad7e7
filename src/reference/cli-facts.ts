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
}

export interface CommandFact {
  /** The canonical name: the first name in the page's alias list, or the page's own name. */
  name: string;
  aliases: string[];
  /** The docs page the flags come from, relative to the repository root. */
  page: string;
  flags: FlagFact[];
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
export function parseOptionsTable(markdown: string): FlagFact[] {
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
export function parseUsageBlock(markdown: string): FlagFact[] {
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

/** Compares an entry's options with the documented flags of its command. */
export function compareFlags(options: ListedFlag[], facts: FlagFact[]): FlagComparison {
  const problems: string[] = [];
  const sameFlag = (o: ListedFlag) => (f: FlagFact) => (o.long ? f.long === o.long : f.short === o.short);
  const matched = new Set<FlagFact>();
  const unknown: ListedFlag[] = [];
  for (const option of options) {
    const fact = facts.find(sameFlag(option));
    const name = flagKey(option);
    if (!fact) {
      if (!option.legacy) unknown.push(option);
      continue;
    }
    matched.add(fact);
    if (option.legacy) continue;
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
