/**
 * A link to an element inside a closed <details> (a reference page's folded options) opens it first, then scrolls
 * to the element. Chromium reveals it on its own; this covers browsers that do not.
 */
const reveal = () => {
  const target = fragmentTarget();
  const group = target?.closest('details');
  if (target && group && !group.open) {
    group.open = true;
    target.scrollIntoView();
  }
};

/**
 * The element the URL's #fragment names, if any. A fragment that is not valid percent-encoding (a link cut short) names
 * none instead of throwing, which would stop the documentation pages' whole module. Written here and in
 * language-switch.ts: a module the two shared would be one more file for every page to fetch.
 */
function fragmentTarget(): HTMLElement | null {
  try {
    return location.hash.length > 1 ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  } catch {
    return null;
  }
}

reveal();
addEventListener('hashchange', reveal);
