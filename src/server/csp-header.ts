/**
 * The Content-Security-Policy response header, derived from the built pages. Astro writes the policy
 * into each page's <meta> with the hashes of the site's inline scripts and styles; the configured part lives
 * in astro.config.mjs. Reading it back from the pages keeps one home for the policy. The header
 * carries the union of every page's own sources (each page's <meta> still narrows it to that page's hashes,
 * since a browser enforces both) plus what only a header can say: `frame-ancestors`. Only the hashes some
 * page holds go into it: it is sent with every response, and every byte of a page's headers counts towards
 * the first round trip of its load.
 * Astro writes the hash of every inline script of the whole site into every page's <meta>; narrowMetaPolicy
 * keeps a page's own, which makes its policy stricter and its HTML about half a kilobyte lighter.
 * A <meta> policy governs only what comes after it, so an inline script placed before it (the theme
 * script, which must run before the first paint) is not in its hashes; a header governs the whole
 * document, so the header adds the hash of every inline script and style the pages hold.
 */
import { createHash } from 'node:crypto';
import type { HTMLElement } from 'node-html-parser';
import { parsePage } from '../html/built-pages.ts';

const HEADER_ONLY = ["frame-ancestors 'none'"];

/** The policy of a page's <meta http-equiv="content-security-policy">, or undefined when it has none. */
export function metaPolicy(page: string | HTMLElement): string | undefined {
  const root = typeof page === 'string' ? parsePage(page) : page;
  const meta = root.querySelectorAll('meta[http-equiv]').find((m) => m.getAttribute('http-equiv')!.toLowerCase() === 'content-security-policy');
  return meta?.getAttribute('content') ?? undefined;
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The CSP hash sources of a page's inline <script> and <style> elements (a page given parsed must be parsed by `parsePage`). */
export function inlineHashes(page: string | HTMLElement): { 'script-src': string[]; 'style-src': string[] } {
  const dom = typeof page === 'string' ? parsePage(page) : page;
  const inlineScripts = dom.querySelectorAll('script').filter((s) => !s.hasAttribute('src') && s.rawText.length > 0);
  return {
    'script-src': inlineScripts.map((s) => sha256(s.rawText)),
    'style-src': dom.querySelectorAll('style').map((s) => sha256(s.rawText)),
  };
}

/** What the CSP needs from one page: its <meta> policy, and its inline scripts' and styles' hashes. */
export interface PageCsp {
  policy: string | undefined;
  hashes: ReturnType<typeof inlineHashes>;
}

/** A page's PageCsp, read once for both the header (csp-header-file.ts) and its narrowed <meta> (narrowMetaPolicy). */
export function pageCsp(page: string | HTMLElement): PageCsp {
  const root = typeof page === 'string' ? parsePage(page) : page;
  return { policy: metaPolicy(root), hashes: inlineHashes(root) };
}

const isHash = (source: string) => /^'sha(256|384|512)-/.test(source);

/**
 * A page's <meta> policy listing only the hashes of the inline scripts and styles the page holds (other sources
 * as written). Astro lists every inline script of the whole site in every page. Throws when the page has no policy.
 */
export function ownPolicy(file: string, { policy, hashes: own }: PageCsp): string {
  if (!policy) throw new Error(`${file} has no Content-Security-Policy <meta>: every page must carry one`);
  return [...parsePolicy(policy)]
    .map(([name, sources]) => {
      const kept = name in own ? sources.filter((s) => !isHash(s) || own[name as keyof typeof own].includes(s)) : sources;
      return [name, ...kept].join(' ');
    })
    .join('; ');
}

/**
 * `html` with its <meta> policy narrowed to its own hashes (ownPolicy). `csp`: what pageCsp read from the page,
 * when the caller has it. Throws when the page has no <meta> policy.
 */
export function narrowMetaPolicy(html: string, file: string, csp: PageCsp = pageCsp(html)): string {
  const narrowed = ownPolicy(file, csp);
  const attribute = `content="${csp.policy}"`;
  const at = html.indexOf(attribute);
  if (at < 0 || html.indexOf(attribute, at + 1) >= 0) throw new Error(`${file}: the <meta> policy is not written once, as Astro writes it`);
  return html.slice(0, at) + `content="${narrowed}"` + html.slice(at + attribute.length);
}

/** Directive name -> its sources, in the order written. */
export function parsePolicy(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/).filter(Boolean);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/**
 * One policy allowing what any of `policies` allows, directive by directive, plus `hashes` (added to
 * directives the policies already have) and the header-only directives.
 */
export function headerPolicy(policies: string[], hashes: Record<string, string[]> = {}): string {
  if (!policies.length) throw new Error('no page has a Content-Security-Policy <meta>: is security.csp still set in astro.config.mjs?');
  const merged = new Map<string, Set<string>>();
  for (const policy of policies) {
    for (const [name, sources] of parsePolicy(policy)) {
      const known = merged.get(name) ?? new Set<string>();
      for (const source of sources) known.add(source);
      merged.set(name, known);
    }
  }
  for (const [name, sources] of Object.entries(hashes)) {
    const known = merged.get(name);
    if (!known) throw new Error(`inline ${name} hashes found, but no page's policy has ${name}`);
    for (const source of sources) known.add(source);
  }
  const own = [...merged].map(([name, sources]) => [name, ...sources].join(' '));
  return [...own, ...HEADER_ONLY].join('; ');
}

/** The nginx lines that send `policy` with every response (errors included). */
export function nginxHeaderConf(policy: string): string {
  if (/["\\\n]/.test(policy)) throw new Error(`the Content-Security-Policy holds a character nginx would misread: ${policy}`);
  return [
    '# Made by the build from the pages\' <meta> Content-Security-Policy (src/server/csp-header.ts): do not edit.',
    `add_header Content-Security-Policy "${policy}" always;`,
    '',
  ].join('\n');
}
