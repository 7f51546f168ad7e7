/**
 * The behaviour of the header every page has (menu, search button, language switch, theme), loaded as one
 * module by BaseLayout; doc-scripts.ts adds what the documentation pages hold. A few modules instead of a
 * dozen small scripts: each compresses as a whole (about a third smaller than its pieces), a reader's
 * browser fetches it once for the whole site, and the pages carry no inline script but the theme's. Code
 * for one kind of page (bookmarks, the explainer, the flag index, the 404 page) stays in that page's own
 * script, and what waits for first use (search, bookmark state, reading progress) is imported when needed.
 */
import './menu-toggle.ts';
import './site-search.ts';
import './language-switch.ts';
import './theme-select.ts';
import './reading/offline-support.ts';
