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

const codeHtml = (code: string) => (code.length >= LONG_CODE ? `<code class="code-wrap">${escapeHtml(code)}</code>` : `<code>${escapeHtml(code)}</code>`);

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
