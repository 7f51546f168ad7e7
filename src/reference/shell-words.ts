/**
 * Splits shell text (Bash, PowerShell or cmd as the notes write them) into simple commands made of
 * words with their offsets, so a word can be linked where it stands in a code block.
 */

export interface Word {
  text: string;
  start: number;
  end: number;
}

const OPERATORS = ['&&', '||', '|', ';', '&'];
/** Whether a word so far ends in a Windows path: a drive letter and its colon, with what follows it (`C:`, `src=D:\data`). */
const inWindowsPath = (word: string) => /^[A-Za-z]:(?:\\|$)/.test(word.slice(Math.max(word.lastIndexOf('='), word.lastIndexOf(',')) + 1));

/**
 * Simple commands of `source`, in order; those inside `$(...)` and backticks come after their parent, each
 * nested text's commands before those of the next.
 */
export function simpleCommands(source: string): Word[][] {
  const all: Word[][] = [];
  // Texts still to read, the next one last. A list instead of a call per nested text: pasted text can nest
  // `$(` thousands deep, which would exceed the call stack.
  const pending: NestedText[] = [{ source, offset: 0 }];
  const closing = closingParens(source);
  for (let text = pending.pop(); text; text = pending.pop()) {
    const { commands, nested } = readCommands(text, closing);
    all.push(...commands);
    pending.push(...nested.reverse());
  }
  return all;
}

/** A part of the pasted text that holds commands of its own, and where it starts in the whole text. */
interface NestedText {
  source: string;
  offset: number;
}

/** The commands of one text, and the texts nested in it (`$(...)`, backticks, script blocks) unread. */
function readCommands({ source, offset }: NestedText, closing: Map<number, number>): { commands: Word[][]; nested: NestedText[] } {
  const commands: Word[][] = [];
  const nested: NestedText[] = [];
  let current: Word[] = [];
  let word = '';
  let wordStart = -1;
  let i = 0;

  const flushWord = (end: number) => {
    if (wordStart >= 0) current.push({ text: word, start: offset + wordStart, end: offset + end });
    word = '';
    wordStart = -1;
  };
  const flushCommand = () => {
    if (current.length) commands.push(current);
    current = [];
  };
  const append = (text: string, at: number) => {
    if (wordStart < 0) wordStart = at;
    word += text;
  };

  while (i < source.length) {
    const ch = source[i]!;
    const next = source[i + 1];
    // Line continuations: Bash `\`, PowerShell backtick, cmd `^` at the end of a line.
    if ((ch === '\\' || ch === '`' || ch === '^') && (next === '\n' || (next === '\r' && source[i + 2] === '\n'))) {
      flushWord(i);
      i += next === '\r' ? 3 : 2;
      continue;
    }
    if (ch === '\n') {
      flushWord(i);
      flushCommand();
      i++;
      continue;
    }
    if (ch === ' ' || ch === '\t' || ch === '\r') {
      flushWord(i);
      i++;
      continue;
    }
    if (ch === '#' && wordStart < 0) {
      while (i < source.length && source[i] !== '\n') i++;
      continue;
    }
    const op = OPERATORS.find((o) => source.startsWith(o, i));
    // `2>&1` and `&> file` are redirections, not `&` ending a command.
    if (op && !(op === '&' && (source[i - 1] === '>' || next === '>'))) {
      flushWord(i);
      flushCommand();
      i += op.length;
      continue;
    }
    // A PowerShell script block (`ForEach-Object {docker rm -f $_}`) holds commands of its own;
    // a brace word without spaces (`{컨테이너명}`) is a placeholder and stays a word.
    if (ch === '{' && wordStart < 0) {
      const close = source.indexOf('}', i);
      if (close > 0 && /\s/.test(source.slice(i, close))) {
        nested.push({ source: source.slice(i + 1, close), offset: offset + i + 1 });
        i = close + 1;
        continue;
      }
    }
    // `$(...)` in Bash and PowerShell, and PowerShell's `(...)` grouping, run commands of their own.
    if ((ch === '$' && next === '(') || (ch === '(' && wordStart < 0)) {
      const open = ch === '$' ? i + 1 : i;
      // Its match in the whole text, or this text's end when that lies beyond it (a backtick text cut short).
      const close = Math.min((closing.get(offset + open) ?? Infinity) - offset, source.length);
      // cmd's `FOR /f ... IN ('docker ps -aq')` quotes the command it runs inside the parentheses.
      const quoted = /^(\s*')([^']*)'\s*$/.exec(source.slice(open + 1, close));
      const inner = quoted ? open + 1 + quoted[1]!.length : open + 1;
      nested.push({ source: quoted ? quoted[2]! : source.slice(open + 1, close), offset: offset + inner });
      append(source.slice(i, close + 1), i);
      i = close + 1;
      continue;
    }
    if (ch === '`') {
      const close = source.indexOf('`', i + 1);
      const end = close < 0 ? source.length : close;
      nested.push({ source: source.slice(i + 1, end), offset: offset + i + 1 });
      append(source.slice(i, end + 1), i);
      i = end + 1;
      continue;
    }
    if (ch === "'" || ch === '"') {
      const close = source.indexOf(ch, i + 1);
      const end = close < 0 ? source.length : close;
      if (wordStart < 0) wordStart = i;
      word += source.slice(i + 1, end);
      i = end + 1;
      continue;
    }
    // A backslash makes the next character literal, except in a Windows path (`C:\Users\me:/app`, as PowerShell and
    // cmd write it), where it is the separator: read there, Bash would have made it `C:Usersme`.
    if (ch === '\\' && next !== undefined && !inWindowsPath(word)) {
      append(next, i);
      i += 2;
      continue;
    }
    append(ch, i);
    i++;
  }
  flushWord(i);
  flushCommand();
  return { commands, nested };
}

/**
 * Each `(` of `source` by its index -> the index of the `)` that closes it, or the text's length when none does.
 * Found for the whole text at once: looking for each one's match from where it opens took time growing with the
 * square of the text's length when thousands are left open.
 */
function closingParens(source: string): Map<number, number> {
  const closing = new Map<number, number>();
  const open: number[] = [];
  for (let i = 0; i < source.length; i++) {
    if (source[i] === '(') open.push(i);
    else if (source[i] === ')' && open.length) closing.set(open.pop()!, i);
  }
  for (const i of open) closing.set(i, source.length);
  return closing;
}
