/**
 * The `data-pagefind-*` attributes tell the index builder (passages.ts) what a page's passages are: the
 * article, the parts to skip, an entry's title and weight, the page's filters. They are read once, when the
 * index is built; served to readers they would only add weight (a kilobyte on a long reference page), so the
 * pages are rewritten without them once the index exists.
 */

/** The attributes' common prefix: every attribute starting with it is for the index only. */
export const INDEX_ATTRIBUTE_PREFIX = 'data-pagefind-';

// A start tag with its attributes, quoted values read whole (a `>` inside quotes does not end the tag).
const START_TAG = /<[a-zA-Z][\w-]*(?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*\s*\/?>/g;
const INDEX_ATTRIBUTE = new RegExp(`\\s+${INDEX_ATTRIBUTE_PREFIX}[\\w-]*(?:\\s*=\\s*(?:"[^"]*"|'[^']*'|[^\\s"'=<>\`]+))?`, 'g');
// What is left of a filter once its attribute is gone: a hidden, empty span that said nothing to readers.
const EMPTY_HIDDEN_SPAN = /<span hidden><\/span>/g;

/** `html` without the index's attributes, and without the hidden spans that only carried a filter. */
export function withoutIndexAttributes(html: string): string {
  // The text of scripts and styles is not markup: kept as written.
  return html
    .split(/(<(?:script|style)\b[\s\S]*?<\/(?:script|style)>)/)
    .map((part, i) => (i % 2 ? part : part.replace(START_TAG, (tag) => tag.replace(INDEX_ATTRIBUTE, '')).replace(EMPTY_HIDDEN_SPAN, '')))
    .join('');
}
