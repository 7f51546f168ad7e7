const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => ESCAPES[c]!);

/**
 * Code this long may wrap inside itself on a phone; shorter code (flag names, `KEY=VALUE`, `COMMAND`)
 * always stays on one line.
 */
export const LONG_CODE = 25;

/** Reference texts may mark code with backticks; everything else in them is plain text. */
export function inlineCodeHtml(text: string): string {
  return text
    .split(/(`[^`]+`)/)
    .map((part) => (/^`[^`]+`$/.test(part) ? codeHtml(part.slice(1, -1)) : escapeHtml(part)))
    .join('');
}

const codeHtml = (code: string) => (code.length >= LONG_CODE ? `<code class="code-wrap">${codeTokensHtml(code)}</code>` : `<code>${codeTokensHtml(code)}</code>`);

/** Where a token longer than its line breaks first: after a path, option, name or value separator between two other characters. */
const PREFERRED_BREAK = /(?<=[^/\-_=])([/\-_=]+)(?=[^/\-_=])/g;

/**
 * A token no browser breaks inside: letters, digits and `_ . , : =` (a line does not break around them
 * between letters or digits). A hyphen is a break point, even a leading one: Chromium splits `-e`.
 */
const UNBREAKABLE = /^[A-Za-z0-9_.,:=]*$/;
const LONG_TOKEN = 16;

/**
 * The inside of an inline code span, each token (a run without spaces) that a browser could break inside
 * (after an inner hyphen or a slash, at a bracket, between Korean syllables) kept whole: a `<span class="tok">` that CSS makes an
 * inline block, so the token moves to the next line as one piece. Only a token wider than the whole line
 * breaks, and then only at a `<wbr>` after `/`, `-`, `_` or `=`. Plain words (`docker`, `KEY=value`) need no span.
 */
export function codeTokensHtml(code: string): string {
  return code
    .split(/(\s+)/)
    .map((part, i) => {
      // An unbreakable token still gets its <wbr>s when it could be wider than a phone's table cell.
      if (i % 2 === 1 || (UNBREAKABLE.test(part) && part.length < LONG_TOKEN)) return escapeHtml(part);
      const pieces = part.replace(PREFERRED_BREAK, '$1\n').split('\n');
      if (pieces.length === 1) return `<span class="tok">${escapeHtml(part)}</span>`;
      // Where the browser could also break elsewhere (after a `]`, between Korean syllables), each piece is
      // kept on one line, so a too-long token breaks only at the <wbr>s. (Spans only then: a page's bytes.)
      if (/^[A-Za-z0-9_.,:=/-]*$/.test(part)) return `<span class="tok">${escapeHtml(part).replace(PREFERRED_BREAK, '$1<wbr>')}</span>`;
      return `<span class="tok">${pieces.map((piece) => `<span>${escapeHtml(piece)}</span>`).join('<wbr>')}</span>`;
    })
    .join('');
}

/** The same text for places that take no markup (tooltips, meta descriptions). */
export function plainText(text: string): string {
  return text.replace(/`([^`]+)`/g, '$1');
}

/**
 * The first sentence of a reference text, for lists that link to the full entry (the flag index): a
 * sentence ends at a full stop followed by a space, outside backtick code and not in "e.g." or "i.e.".
 */
export function firstSentence(text: string): string {
  let inCode = false;
  for (let i = 0; i < text.length - 1; i++) {
    if (text[i] === '`') inCode = !inCode;
    else if (!inCode && text[i] === '.' && text[i + 1] === ' ' && !/(?:^|\W)(?:e\.g|i\.e)$/.test(text.slice(Math.max(0, i - 4), i))) {
      return text.slice(0, i + 1);
    }
  }
  return text;
}
