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
