/** The descriptions of command and flag links in code blocks (CodeBlock.astro). */
import { linkAt } from './tap-targets.ts';

// One description at a time, shown in the top layer beside its link: on hover (and while the pointer
// is on the tooltip), on keyboard focus, until Escape. A first tap shows it with a link to the
// reference; a second tap, or that link, follows.
let open: HTMLElement | null = null;
let openLink: HTMLAnchorElement | null = null;
let touch = false;
/** Whether this tap landed on the link whose tooltip was already showing: then it follows the link. */
let armed = false;
const go = document.createElement('a');
go.textContent = document.querySelector<HTMLElement>('[data-go]')?.dataset.go ?? '';
const linkOf = (target: EventTarget | null) => (target instanceof Element ? target.closest<HTMLAnchorElement>('a.cmd-link') : null);
const inside = (target: EventTarget | null) => target instanceof Node && (openLink?.contains(target) || open?.contains(target));

/**
 * The link a tap is meant for: in a code block, the one whose 24 px target holds the tap (tap-targets.ts),
 * which may be a neighbour of the element the finger landed on; elsewhere the link under it.
 */
function tappedLink(event: MouseEvent): HTMLAnchorElement | null {
  const under = linkOf(event.target);
  const block = event.target instanceof Element ? event.target.closest('pre') : null;
  if (!block) return under;
  const placed = [...block.querySelectorAll<HTMLAnchorElement>('a.cmd-link')].flatMap((link) => {
    const r = link.getBoundingClientRect();
    return r.width ? [{ link, left: r.left, right: r.right, top: r.top, bottom: r.bottom }] : [];
  });
  return linkAt(event.clientX, event.clientY, placed) ?? under;
}

function place() {
  if (!open || !openLink) return;
  const r = openLink.getBoundingClientRect();
  const h = open.offsetHeight;
  open.style.left = `${Math.max(8, Math.min(r.left, innerWidth - open.offsetWidth - 8))}px`;
  open.style.top = `${r.bottom + h > innerHeight && r.top > h ? r.top - h : r.bottom}px`;
}
function hide() {
  open?.hidePopover();
  go.remove();
  open = openLink = null;
}
function show(link: HTMLAnchorElement) {
  const tip = document.getElementById(link.getAttribute('aria-describedby') ?? '');
  if (!tip) return;
  if (openLink !== link) hide();
  if (touch) {
    go.href = link.href;
    tip.append(go);
  }
  open = tip;
  openLink = link;
  // A description is written where it first occurs, maybe in a hidden shell tab: show it from the body.
  if (tip.parentElement !== document.body) document.body.append(tip);
  if (!tip.matches(':popover-open')) tip.showPopover();
  place();
}

const handlers = {
  pointerdown(e: PointerEvent) {
    touch = e.pointerType !== 'mouse';
    const link = touch ? tappedLink(e) : linkOf(e.target);
    armed = !!openLink && link === openLink;
    if (!inside(e.target) && !armed) hide();
  },
  pointerover(e: PointerEvent) {
    const link = linkOf(e.target);
    if (link && e.pointerType === 'mouse') show(link);
  },
  pointerout(e: PointerEvent) {
    if (e.pointerType === 'mouse' && open && inside(e.target) && !inside(e.relatedTarget)) hide();
  },
  focusin(e: FocusEvent) {
    const link = linkOf(e.target);
    if (link) show(link);
  },
  focusout(e: FocusEvent) {
    if (!inside(e.relatedTarget)) hide();
  },
  click(e: MouseEvent) {
    if (!touch) return;
    const link = tappedLink(e);
    if (!link) return;
    if (!armed) {
      e.preventDefault();
      show(link);
    } else if (link !== linkOf(e.target)) {
      // The second tap, meant for the open link, landed beside it: follow the link it was meant for.
      e.preventDefault();
      location.assign(link.href);
    }
  },
  keydown(e: KeyboardEvent) {
    if (e.key === 'Escape' && open) hide();
  },
};
type Handled = keyof typeof handlers;

/**
 * Starts answering the page's events, after first answering those that arrived while this module loaded
 * (doc-scripts.ts loads it on the first hover, focus or tap in a code block), in the order they came.
 */
export function start(early: readonly Event[]): void {
  for (const event of early) (handlers[event.type as Handled] as (e: Event) => void)?.(event);
  for (const [type, handler] of Object.entries(handlers)) addEventListener(type, handler as EventListener);
  addEventListener('scroll', place, { passive: true, capture: true });
}
