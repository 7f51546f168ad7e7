/**
 * Layout measurements run inside the page (each function is passed to `page.evaluate`, so it carries
 * everything it needs). They report what a reader would see as wrong, with the text involved.
 */

/**
 * Inline code tokens (runs without spaces) that are split across lines although they would fit whole on
 * one line of their block, and split tokens whose first break is not after `/`, `-`, `_` or `=` although
 * they have one. Hidden code (closed tabs, closed disclosures) is skipped.
 */
export function splitCodeTokens(root: string): string[] {
  const problems: string[] = [];
  const probe = document.createElement('span');
  probe.style.cssText = 'position:absolute;visibility:hidden;white-space:pre;left:0;top:0';
  document.body.append(probe);
  for (const code of document.querySelectorAll<HTMLElement>(`${root} code`)) {
    if (code.closest('pre') || code.getClientRects().length === 0) continue;
    // Each character with the top of the line it is on (whitespace has no box of its own when collapsed).
    const chars: { ch: string; top: number | null }[] = [];
    const walker = document.createTreeWalker(code, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      for (let i = 0; i < node.data.length; i++) {
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const rect = range.getClientRects()[0];
        chars.push({ ch: node.data[i]!, top: rect && rect.width > 0 ? rect.top : null });
      }
    }
    let block: HTMLElement | null = code.parentElement;
    while (block && getComputedStyle(block).display.startsWith('inline')) block = block.parentElement;
    if (!block) continue;
    const style = getComputedStyle(block);
    const lineWidth = block.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    const codeStyle = getComputedStyle(code);
    probe.style.font = codeStyle.font;
    const chrome = parseFloat(codeStyle.paddingLeft) + parseFloat(codeStyle.paddingRight) + parseFloat(codeStyle.borderLeftWidth) * 2;
    let token: typeof chars = [];
    const check = () => {
      const placed = token.filter((c) => c.top !== null);
      if (placed.length < 2) return;
      const lineHeight = parseFloat(codeStyle.lineHeight) || 16;
      const breaks = placed.flatMap((c, i) => (i > 0 && c.top! - placed[i - 1]!.top! > lineHeight / 2 ? [i] : []));
      if (breaks.length === 0) return;
      const text = token.map((c) => c.ch).join('');
      probe.textContent = text;
      const width = probe.getBoundingClientRect().width + chrome;
      if (width <= lineWidth) problems.push(`"${text}" (${Math.round(width)} px) is split on a ${Math.round(lineWidth)} px line`);
      else if (/[/\-_=]/.test(text.slice(1, -1)) && !/[/\-_=]/.test(placed[breaks[0]! - 1]!.ch)) {
        problems.push(`"${text}" breaks after "${placed[breaks[0]! - 1]!.ch}", not after / - _ =`);
      }
    };
    for (const c of chars) {
      if (/\s/.test(c.ch)) {
        check();
        token = [];
      } else token.push(c);
    }
    check();
  }
  probe.remove();
  return problems;
}

/** Visible buttons of code blocks whose box overlaps the box of their block's code. */
export function buttonsOverCode(): string[] {
  const problems: string[] = [];
  for (const figure of document.querySelectorAll('figure.code')) {
    const pre = figure.querySelector('pre')?.getBoundingClientRect();
    if (!pre || pre.width === 0) continue;
    for (const button of figure.querySelectorAll('button')) {
      const b = button.getBoundingClientRect();
      if (b.width === 0) continue;
      if (b.left < pre.right && b.right > pre.left && b.top < pre.bottom && b.bottom > pre.top) {
        problems.push(`"${button.textContent}" over "${figure.querySelector('pre')!.textContent!.slice(0, 40)}"`);
      }
    }
  }
  return problems;
}

/** Visible `<select>`s in `root` too narrow for their longest choice (the arrow takes about 20 px), or for their first when `firstOnly`. */
export function selectsCutOff([root, firstOnly]: [string, boolean]): string[] {
  const context = document.createElement('canvas').getContext('2d')!;
  return [...document.querySelectorAll<HTMLSelectElement>(`${root} select`)].flatMap((select) => {
    if (select.getClientRects().length === 0) return [];
    const style = getComputedStyle(select);
    context.font = style.font;
    const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 20;
    const widest = Math.max(...[...select.options].slice(0, firstOnly ? 1 : undefined).map((o) => context.measureText(o.text).width));
    return widest > room ? [`${select.id || select.closest('[class]')?.className}: ${Math.round(widest)} px of text in ${Math.round(room)} px`] : [];
  });
}
