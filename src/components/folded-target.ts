/**
 * A link to an element inside a closed <details> (a reference page's folded options) opens it first, then scrolls
 * to the element. Chromium reveals it on its own; this covers browsers that do not.
 */
const reveal = () => {
  const target = location.hash.length > 1 ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  const group = target?.closest('details');
  if (target && group && !group.open) {
    group.open = true;
    target.scrollIntoView();
  }
};

reveal();
addEventListener('hashchange', reveal);
