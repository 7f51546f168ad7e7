/**
 * Words an explanation (src/reference/explain.ts) in the page's language and builds its DOM: one
 * section per command, one list item per part, problems labelled as such (not by colour alone).
 * Everything is set as text, never as HTML: the input is whatever the reader pasted.
 */
import { roleKey, type ExplainedCommand, type Part, type PastedExplanation, type Problem, type ValueNote } from '../../reference/explain.ts';
import type { PasteFix } from '../../reference/pasted-text.ts';
import { LONG_CODE } from '../../html/inline-code.ts';

export type ExplainStrings = Record<string, string>;


function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  node.append(...children);
  return node;
}

/** Short code (a flag's name, a port) stays on one line, as on the reference pages: Chromium would break `--network` after its hyphens. */
const code = (text: string) => el('code', text.length < LONG_CODE ? 'explain__short' : undefined, text);

/** A reference text: backticks mark code. */
function richText(text: string): (Node | string)[] {
  return text.split(/(`[^`]+`)/).filter(Boolean).map((part) => (/^`[^`]+`$/.test(part) ? code(part.slice(1, -1)) : part));
}

/** A UI template with `{name}` slots filled by code elements (or by plain text where `plain` says so). */
function sentence(template: string, vars: Record<string, string>, plain: string[] = []): (Node | string)[] {
  return template.split(/(\{\w+\}|`[^`]+`)/).filter(Boolean).map((piece) => {
    const slot = /^\{(\w+)\}$/.exec(piece);
    if (slot) {
      const value = vars[slot[1]!] ?? piece;
      return plain.includes(slot[1]!) ? value : code(value);
    }
    return /^`[^`]+`$/.test(piece) ? code(piece.slice(1, -1)) : piece;
  });
}

function formatSize(bytes: number, lang: string): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${new Intl.NumberFormat(lang, { maximumFractionDigits: 2 }).format(value)} ${units[unit]} (${new Intl.NumberFormat(lang).format(bytes)} B)`;
}

/** A Compose file pasted in place of commands: no command, said once. */
const isComposeFile = (command: ExplainedCommand) => command.parts.length === 1 && command.parts[0]!.kind === 'compose-file';

/** Parts that say the same sentence whatever their text: the part as written, then that sentence. */
const SAME_SENTENCE: Partial<Record<Part['kind'], string>> = {
  group: 'explain.group',
  'compose-file': 'explain.composeFile',
  unread: 'explain.unread',
};

/** A part shown with a problem box: marked as such, and counted in the summary. */
const showsProblem = (part: Part): boolean =>
  part.kind === 'problem' || (part.kind === 'flag' && part.problem !== undefined) || (part.kind === 'command' && part.replacement !== undefined);

export class ExplainView {
  readonly #s: ExplainStrings;
  readonly #lang: string;

  constructor(lang: string, strings: ExplainStrings) {
    this.#lang = lang;
    this.#s = strings;
  }

  #ref(id: string, anchor = '') {
    return `/${this.#lang}/reference/${id}/${anchor ? `#${anchor}` : ''}`;
  }

  render(commands: ExplainedCommand[]): HTMLElement[] {
    return commands.map((command) => {
      // Not a command: its first line is no heading, and the page says what to do with such a file.
      if (isComposeFile(command)) return el('section', 'explain__command', el('p', undefined, ...richText(this.#s['explain.composeFile']!)));
      const list = el('ol', 'explain__parts', ...command.parts.map((part) => this.#part(part)));
      return el('section', 'explain__command', el('h2', 'explain__heading', code(command.text)), list);
    });
  }

  /** What was changed to read the pasted text as typed, above the explanation; nothing when nothing was. */
  fixes(fixes: PasteFix[]): HTMLElement[] {
    if (!fixes.length) return [];
    const s = this.#s;
    const lines: (Node | string)[][] = [];
    const dashes = fixes.filter((fix): fix is Extract<PasteFix, { kind: 'dash' }> => fix.kind === 'dash');
    if (dashes.length) {
      // Every dashed word in one line: `–rm → --rm, –a → -a: ...`.
      const [before, after = ''] = s['explain.fix.dash']!.split('{pairs}');
      lines.push([before!, ...dashes.flatMap((fix, i) => [...(i ? [', '] : []), code(fix.from), ' → ', code(fix.to)]), after]);
    }
    for (const fix of fixes) {
      if (fix.kind === 'prompt') lines.push(sentence(s['explain.fix.prompt']!, { prompt: fix.prompt }));
      else if (fix.kind !== 'dash') lines.push(richText(s[`explain.fix.${fix.kind}`]!));
    }
    return [el('div', 'explain__fixes', el('p', undefined, s['explain.fixes']!), el('ul', undefined, ...lines.map((line) => el('li', undefined, ...line))))];
  }

  /** What of the paste was left unexplained (explain.ts EXPLAINED_AT_MOST), above the explanation; nothing when all of it was explained. */
  unexplained({ cut, commands, commandsLeft }: PastedExplanation): HTMLElement[] {
    const count = (n: number) => new Intl.NumberFormat(this.#lang).format(n);
    const lines: (Node | string)[][] = [];
    if (cut) lines.push(sentence(this.#s['explain.cut']!, { count: count(cut.kept), total: count(cut.total) }, ['count', 'total']));
    if (commandsLeft) lines.push(sentence(this.#s['explain.commandsLeft']!, { count: count(commands.length), left: count(commandsLeft) }, ['count', 'left']));
    return lines.map((line) => el('p', 'explain__unexplained', ...line));
  }

  /** The commands in an explanation, a pasted Compose file not among them. */
  commandCount(commands: ExplainedCommand[]): number {
    return commands.filter((command) => !isComposeFile(command)).length;
  }

  problemCount(commands: ExplainedCommand[]): number {
    return commands.flatMap((c) => c.parts).filter(showsProblem).length;
  }

  #part(part: Part): HTMLLIElement {
    const s = this.#s;
    const li = el('li', `explain__part explain__part--${part.kind}`);
    const what = el('span', 'explain__what');
    const says = el('div', 'explain__says');
    li.append(what, says);
    const same = SAME_SENTENCE[part.kind];
    if (same) {
      what.append(code(part.text));
      says.append(el('p', undefined, ...richText(this.#s[same]!)));
      return li;
    }
    switch (part.kind) {
      case 'prefix': {
        what.append(code(part.text));
        // `NAME=value` sets a variable for this command alone; `sudo` and its flags run it as another user.
        const variable = /^([A-Za-z_]\w*)=(.*)$/s.exec(part.text);
        says.append(el('p', undefined, ...(variable ? sentence(s['explain.prefix.variable']!, { name: variable[1]!, value: variable[2]! }) : richText(s['explain.prefix']!))));
        break;
      }
      case 'command': {
        const link = el('a', undefined, code(part.text));
        link.href = this.#ref(part.id);
        what.append(link);
        says.append(el('p', undefined, ...richText(part.summary)));
        if (part.text !== part.name) says.append(el('p', 'explain__aside', ...sentence(s['explain.entryName']!, { name: part.name })));
        if (part.replacement) says.append(this.#problemBox(sentence(s['explain.legacy']!, { replacement: part.replacement })));
        break;
      }
      case 'flag': {
        const link = el('a', undefined, code(part.flag));
        link.href = this.#ref(part.id, part.anchor);
        what.append(link);
        if (part.value !== undefined) what.append(' ', code(part.value));
        says.append(el('p', undefined, ...richText(part.description)));
        if (part.hiddenName) says.append(el('p', 'explain__aside', ...sentence(s['explain.hiddenName']!, { written: part.hiddenName, flag: part.flag.split(', ').at(-1)! })));
        if (part.note) says.append(this.#note(part.note, part.value ?? ''));
        if (part.variables) says.append(el('p', 'explain__aside', ...this.#list(s['explain.variables']!, {}, { names: part.variables })));
        if (part.problem) says.append(this.#problemBox(this.#problem(part.problem)));
        break;
      }
      case 'placeholder': {
        what.append(code(part.text));
        says.append(el('p', undefined, s['explain.placeholder']!));
        // The argument it stands for, where the usage line names one: `<container_name>` is the container.
        if (part.role) says.append(el('p', undefined, ...this.#role(part.role)));
        break;
      }
      case 'image': {
        what.append(code(part.text));
        const bits: (Node | string)[] = [...sentence(s['explain.image']!, { repository: part.repository, registry: part.registry })];
        if (part.defaultRegistry) bits.push(` (${s['explain.image.defaultRegistry']})`);
        if (part.tag) bits.push(', ', ...sentence(s['explain.image.tag']!, { tag: part.tag }));
        if (part.digest) bits.push(', ', ...sentence(s['explain.image.digest']!, { digest: part.digest }));
        if (part.defaultTag) bits.push(', ', ...sentence(s['explain.image.defaultTag']!, {}));
        says.append(el('p', undefined, ...bits, '.'));
        break;
      }
      case 'argument': {
        what.append(code(part.text));
        says.append(el('p', undefined, ...this.#role(part.role)));
        if (part.substituted === 'output') says.append(el('p', undefined, s['explain.substituted']!));
        if (part.substituted === 'variable') says.append(el('p', undefined, ...this.#list(s['explain.variables']!, {}, { names: [part.text] })));
        break;
      }
      case 'container-command': {
        what.append(code(part.text));
        // After an image, the words are the arguments of an entrypoint the command sets; opening with a flag, they
        // are meant for the image's own entrypoint, not a program to run.
        const meaning =
          part.after === 'image' && part.ownEntrypoint
            ? richText(s['explain.entrypointArgs']!)
            : part.after === 'image' && part.program.startsWith('-')
              ? richText(s['explain.containerArgs']!)
              : sentence(s['explain.containerCommand']!, { program: part.program });
        says.append(el('p', undefined, ...meaning));
        for (const flag of part.commandFlags) {
          const note = sentence(s[part.after === 'image' ? 'explain.flagAfterImage' : 'explain.flagAfterContainer']!, { flag, command: part.command });
          says.append(el('p', 'explain__note', el('strong', undefined, `${s['explain.note']}: `), ...note));
        }
        break;
      }
      case 'instruction-args': {
        what.append(code(part.text));
        // RUN's arguments are a build step's command, whichever form it is in.
        if (part.instruction === 'RUN' || !part.reading) says.append(el('p', undefined, s[part.instruction === 'RUN' ? 'explain.instructionArgs.run' : 'explain.instructionArgs']!));
        if (part.reading) says.append(el('p', undefined, ...sentence(s[`explain.instructionArgs.${part.reading}`]!, part.vars ?? {})));
        break;
      }
      case 'uncovered': {
        what.append(code(part.text));
        const link = el('a', undefined, ...sentence(s['explain.uncoveredLink']!, { name: part.name }));
        link.href = part.docs;
        says.append(el('p', undefined, ...sentence(s['explain.uncovered']!, { name: part.name })), el('p', undefined, link));
        break;
      }
      case 'other':
        what.append(code(part.text));
        says.append(el('p', undefined, ...sentence(s['explain.other']!, { program: part.program })));
        break;
      case 'redirect': {
        what.append(code(part.text));
        const key = part.hereDocument !== undefined ? 'hereDocument' : part.target === '&1' ? 'toOutput' : part.stream === 'out' && part.append ? 'out.append' : part.stream;
        says.append(el('p', undefined, ...sentence(s[`explain.redirect.${key}`]!, { target: part.target })));
        // Its lines as written: a plain code element, which keeps them apart inside the pre.
        if (part.hereDocument !== undefined) says.append(el('pre', 'explain__here-document', el('code', undefined, part.hereDocument)));
        break;
      }
      case 'problem':
        what.append(code(part.text));
        says.append(this.#problemBox(this.#problem(part.problem)));
        break;
    }
    if (showsProblem(part)) li.classList.add('explain__part--marked');
    return li;
  }

  #problemBox(content: (Node | string)[]): HTMLParagraphElement {
    return el('p', 'explain__problem', el('strong', undefined, `${this.#s['explain.problem']}: `), ...content);
  }

  #problem(problem: Problem): (Node | string)[] {
    const s = this.#s;
    switch (problem.kind) {
      case 'unknown-flag': {
        const out = sentence(s['explain.unknownFlag']!, { command: problem.command, flag: problem.flag });
        if (problem.suggestion) out.push(' ', ...sentence(s['explain.didYouMean']!, { suggestion: problem.suggestion }));
        if (problem.elsewhere.length) out.push(' ', ...this.#list(s['explain.elsewhere']!, { flag: problem.flag }, { commands: problem.elsewhere }));
        return out;
      }
      case 'missing-argument':
        return this.#list(s['explain.missingArgument']!, { command: problem.command }, { missing: problem.missing });
      case 'missing-value':
        return sentence(s['explain.missingValue']!, { flag: problem.flag });
      case 'unknown-subcommand': {
        const out = sentence(s['explain.unknownSubcommand']!, { command: problem.command, word: problem.word });
        if (problem.suggestion) out.push(' ', ...sentence(s['explain.didYouMean']!, { suggestion: problem.suggestion }));
        return out;
      }
      case 'extra-argument':
        return sentence(s['explain.extraArgument']!, { command: problem.command });
      case 'bad-port':
        return sentence(s['explain.badPort']!, { port: problem.port });
      case 'conflict':
        return sentence(s['explain.conflict']!, { command: problem.command, first: problem.flags[0], second: problem.flags[1] });
      case 'removed':
        return sentence(s['explain.removed']!, { what: problem.what, removedIn: problem.removedIn, replacement: problem.replacement }, ['removedIn']);
      case 'bad-value':
        return sentence(s['explain.badValue']!, { value: problem.value, flag: problem.flag, expected: problem.expected });
      case 'legacy-flag':
        return sentence(s['explain.legacyFlag']!, { flag: problem.flag, replacement: problem.replacement });
    }
  }

  /**
   * A sentence whose list slots (`{commands}`, `{loops}`) are each a list of code items joined in the page's
   * language; its other slots are filled from `vars`.
   */
  #list(template: string, vars: Record<string, string>, lists: Record<string, string[]>): (Node | string)[] {
    const format = new Intl.ListFormat(this.#lang, { type: 'conjunction' });
    return template.split(/(\{\w+\})/).flatMap((piece) => {
      const items = lists[/^\{(\w+)\}$/.exec(piece)?.[1] ?? ''];
      if (items) return format.formatToParts(items).map((p) => (p.type === 'element' ? code(p.value) : p.value));
      return piece ? sentence(piece, vars) : [];
    });
  }

  #note(note: ValueNote, value: string): HTMLElement {
    const s = this.#s;
    const p = (...children: (Node | string)[]) => el('p', 'explain__value', ...children);
    switch (note.kind) {
      case 'port':
        return p(
          ...sentence(
            note.hostPort ? s['explain.port']! : s['explain.port.random']!,
            { containerPort: note.containerPort, protocol: note.protocol, hostPort: note.hostPort ?? '', hostIp: note.hostIp ?? s['explain.port.anyIp']! },
            note.hostIp ? [] : ['hostIp'],
          ),
        );
      case 'volume': {
        const key = `explain.volume.${note.sourceKind}`;
        const out = p(...sentence(s[key]!, { source: note.source ?? '', target: note.target }));
        if (note.options.length) out.append(' ', ...sentence(s['explain.volume.options']!, { options: note.options.join(',') }));
        return out;
      }
      case 'keyValues': {
        const list = el('ul', 'explain__pairs', ...note.pairs.map(([k, v]) => el('li', undefined, code(v === undefined ? k : `${k}=${v}`))));
        return el('div', 'explain__value', el('p', undefined, s['explain.keyValues']!), list);
      }
      case 'env': {
        const key = `explain.${note.scope === 'build' ? 'buildArg' : 'env'}${note.value === undefined ? '.fromShell' : ''}`;
        return p(...sentence(s[key]!, { key: note.key, value: note.value ?? '' }));
      }
      case 'restart':
        return p(...sentence(note.retries ? s['explain.restart.retries']! : s['explain.restart']!, { policy: note.policy, retries: note.retries ?? '' }, ['retries']));
      case 'size':
        return p(...sentence(s['explain.size']!, { value, size: formatSize(note.bytes, this.#lang) }, ['size']));
      case 'tmpfs': {
        const out = p(...sentence(s['explain.tmpfs']!, { target: note.target }));
        if (note.options.length) out.append(' ', ...sentence(s['explain.tmpfs.options']!, { options: note.options.join(',') }));
        return out;
      }
      case 'template':
        if (note.loops.length && note.fields.length) return p(...this.#list(s['explain.template.loop']!, {}, { loops: note.loops, fields: note.fields }));
        if (note.wholeAsJson && !note.loops.length) return p(...richText(s['explain.template.json']!));
        if (note.fields.length && !note.loops.length) return p(...this.#list(s['explain.template']!, {}, { fields: note.fields }));
        return p(...richText(s['explain.template.other']!));
    }
  }

  /** What a usage line's argument stands for, where the page has words for it (`CONTAINER`: a container's name or ID), else its name. */
  #role(role: string): (Node | string)[] {
    const words = this.#s[roleKey(role)];
    return words ? richText(words) : sentence(this.#s['explain.argument']!, { role });
  }

}
