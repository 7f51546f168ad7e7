/**
 * Pagefind has no Korean word segmentation; it matches words by prefix, so `볼륨` finds `볼륨을`
 * but `볼륨을` does not find `볼륨`. Stripping particles and verb endings from the query turns each
 * Korean word into the stem the index can extend: `볼륨을 마운트하려면` -> `볼륨 마운트`.
 */

// Longest first, so `에서` wins over `서` and `하려면` over `면`.
const ENDINGS = [
  '하려면', '시키는', '한다면', '합니다', '했는데', '되려면',
  '에서는', '으로는', '에게서', '이라는', '이라고', '하면서',
  '하는', '하기', '하고', '하면', '해서', '했다', '한다', '하다', '되는', '된다', '되어', '돼서', '에서', '으로', '에게', '한테',
  '까지', '부터', '처럼', '보다', '이나', '이란', '라는', '라고', '마다', '조차', '이고', '이며', '인데', '에는', '와의', '과의', '로는',
  '을', '를', '은', '는', '이', '가', '에', '의', '로', '와', '과', '도', '만', '한', '할', '된', '될', '나',
];
const HANGUL = /[\uac00-\ud7a3]/;
const MIN_STEM = 2;

export function koreanStem(word: string): string {
  if (!HANGUL.test(word)) return word;
  for (const ending of ENDINGS) {
    if (word.endsWith(ending) && word.length - ending.length >= MIN_STEM) return word.slice(0, -ending.length);
  }
  return word;
}

/** The query as the index should see it: Korean words reduced to stems, everything else untouched. */
export function searchQuery(query: string): string {
  return query
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map(koreanStem)
    .join(' ');
}
