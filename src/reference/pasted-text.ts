/**
 * A command copied from a web page, a chat or a document is often not what a terminal would be given: the
 * page's typography turned `--rm` into `–rm` and quotes into curly ones, its layout put non-breaking or
 * zero-width characters between the words, and a tutorial shows a `$ ` prompt before each command with the
 * output below it. The explainer reads the text as the reader meant to type it, and says what it changed.
 * The terminal itself would fail on each of these: the change is named so the reader can fix their copy.
 */

export type PasteFix =
  /** A word that opened with a dash instead of hyphens: `–rm` read as `--rm`. */
  | { kind: 'dash'; from: string; to: string }
  /** Curly quotes read as straight ones. */
  | { kind: 'quotes' }
  /** Non-breaking and other typographic spaces read as spaces. */
  | { kind: 'spaces' }
  /** Full-width forms (`：`, `＝`, `－`), which a Korean, Chinese or Japanese keyboard types, read as the ASCII ones. */
  | { kind: 'wide' }
  /** Zero-width characters, direction marks and soft hyphens, which a terminal would keep inside a word. */
  | { kind: 'invisible' }
  /** A shell prompt before a command (`$ `, `PS C:\>`), as tutorials print them. */
  | { kind: 'prompt'; prompt: string }
  /** Lines with no prompt between prompted commands: the commands' output, not commands. */
  | { kind: 'output' };

const INVISIBLE = /[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;
const WIDE_SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
/** The full-width forms of ASCII's printable characters, U+FF01 to U+FF5E: each is its ASCII twin plus 0xFEE0. */
const FULL_WIDTH = /[\uFF01-\uFF5E]/g;
const CURLY_DOUBLE = /[\u201C\u201D\u201E\u201F\u2033]/g;
/** A pair of curly single quotes around a value; a lone `’` between letters is an apostrophe and is left as it is. */
const CURLY_SINGLE_PAIR = /[\u2018\u201A\u201B]([^\u2018\u2019\u201A\u201B\n]*)\u2019/g;
/**
 * A word opening with an en dash, an em dash or a minus sign and then a letter: a flag whose hyphens a
 * typesetter joined (`--rm` -> `–rm`). A minus sign stands for one hyphen each; a dash for two before a long
 * name and for one before a single letter (`–d` is `-d`: `--d` is no flag).
 */
const DASHED_FLAG = /(^|\s)([\u2013\u2014\u2212]+)([A-Za-z][\w-]*)/g;
/** `$ docker ps`, `PS C:\Users\me> docker ps`: a prompt at the start of a line, before a command. */
const PROMPT = /^([ \t]*)(\$|PS(?: [^>\n]*)?>)[ \t]+(?=\S)/;
/** A line that goes on on the next: Bash `\`, PowerShell backtick, cmd `^`. */
const CONTINUED = /[\\`^]\r?$/;

export interface TypedText {
  text: string;
  fixes: PasteFix[];
}

/** `pasted` as a terminal would have been given it, with what was changed, in the order above. */
export function asTyped(pasted: string): TypedText {
  const fixes: PasteFix[] = [];
  let text = pasted;
  /** Applies `change`, and names `fix` if it changed anything. */
  const apply = (change: (text: string) => string, fix: PasteFix) => {
    const next = change(text);
    if (next !== text) fixes.push(fix);
    text = next;
  };

  // First, so that a full-width hyphen or quote is then read as the ASCII one would be.
  apply((t) => t.replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)), { kind: 'wide' });
  // Each dashed word once, however often it is written: `–rm` -> `--rm`.
  const dashed = new Map<string, string>();
  text = text.replace(DASHED_FLAG, (_, before: string, marks: string, name: string) => {
    const hyphens = [...marks].map((mark) => (mark === '\u2212' ? '-' : name.length === 1 ? '-' : '--')).join('').slice(0, 2);
    dashed.set(marks + name, hyphens + name);
    return before + hyphens + name;
  });
  for (const [from, to] of dashed) fixes.push({ kind: 'dash', from, to });
  apply((t) => t.replace(CURLY_DOUBLE, '"').replace(CURLY_SINGLE_PAIR, "'$1'"), { kind: 'quotes' });
  apply((t) => t.replace(WIDE_SPACES, ' '), { kind: 'spaces' });
  apply((t) => t.replace(INVISIBLE, ''), { kind: 'invisible' });

  const lines = text.split('\n');
  const prompts = lines.map((line) => PROMPT.exec(line));
  const first = prompts.find((match) => match);
  if (first) {
    fixes.push({ kind: 'prompt', prompt: first[2]! });
    const kept: string[] = [];
    let continues = false;
    let dropped = false;
    lines.forEach((line, i) => {
      const prompt = prompts[i];
      if (prompt) kept.push(prompt[1]! + line.slice(prompt[0].length));
      else if (continues) kept.push(line);
      else if (line.trim()) dropped = true;
      continues = (prompt !== null || continues) && CONTINUED.test(line);
    });
    if (dropped) fixes.push({ kind: 'output' });
    text = kept.join('\n');
  }
  return { text, fixes };
}
