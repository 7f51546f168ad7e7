/**
 * Turns Pagefind's pages into the passages a reader wants. Pagefind ranks pages; within a page it
 * returns sub-results (headings and reference flag rows). Two rules make the first hit the passage that
 * explains the query, measured on tests/search-eval.json:
 * - a hit titled exactly as the query comes first, then hits whose title names every query term
 *   (a flag must match whole: `--rm`, not `--rmi`), the strongest of them first;
 * - a page's sub-results are ordered by their weighted match score, so a flag's own row beats a mention.
 */

export interface PagefindPage {
  url: string;
  meta: { title?: string };
  excerpt: string;
  sub_results?: {
    title: string;
    url: string;
    excerpt: string;
    locations?: number[];
    weighted_locations?: { weight: number; balanced_score: number }[];
  }[];
}

export interface SearchHit {
  url: string;
  page: string;
  section?: string;
  excerpt: string;
  score: number;
}

const score = (sub: NonNullable<PagefindPage['sub_results']>[number]) =>
  sub.weighted_locations?.reduce((sum, l) => sum + l.balanced_score, 0) ?? sub.locations?.length ?? 0;

/** True when every term of the query names the hit: flags as whole words, other terms as word prefixes. */
export function titleNames(title: string, terms: string[]): boolean {
  const words = title.toLowerCase().split(/[\s,›()]+/).filter(Boolean);
  return terms.every((term) => {
    const t = term.toLowerCase();
    return t.startsWith('-') ? words.includes(t) : words.some((w) => w.startsWith(t) || w.replace(/^-+/, '') === t);
  });
}

export function flattenResults(pages: PagefindPage[], limit: number, terms: string[] = []): SearchHit[] {
  const perPage = pages.map((page) => {
    const title = page.meta.title ?? page.url;
    const subs = (page.sub_results ?? []).filter((s) => (s.locations?.length ?? 0) > 0).sort((a, b) => score(b) - score(a));
    const hits: SearchHit[] = subs.map((s) => ({
      url: s.url,
      page: title,
      ...(s.title && s.title !== title ? { section: s.title } : {}),
      excerpt: s.excerpt,
      score: score(s),
    }));
    return hits.length ? hits : [{ url: page.url, page: title, excerpt: page.excerpt, score: 0 }];
  });
  const ordered: SearchHit[] = [];
  for (let round = 0; perPage.some((hits) => hits[round]); round++) {
    for (const hits of perPage) if (hits[round]) ordered.push(hits[round]!);
  }
  // Among hits that name the query, the strongest match wins: the flag's own row, weighted by how
  // often the notes use it, over the same flag of a command the notes never run.
  const named = (hit: SearchHit) => terms.length > 0 && titleNames(`${hit.page} ${hit.section ?? ''}`, terms);
  // A page or section titled exactly as the query (`docker-compose`, `ONBUILD`) is what was asked for.
  const query = terms.join(' ').toLowerCase();
  const exact = (hit: SearchHit) => query !== '' && [hit.page, hit.section].some((t) => t?.toLowerCase() === query);
  const tier = (hit: SearchHit) => (exact(hit) ? 0 : named(hit) ? 1 : 2);
  return ordered
    .map((hit, index) => ({ hit, index, tier: tier(hit) }))
    .sort((a, b) => a.tier - b.tier || (a.tier < 2 ? b.hit.score - a.hit.score : 0) || a.index - b.index)
    .slice(0, limit)
    .map(({ hit }) => hit);
}
