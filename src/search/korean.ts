/**
 * Korean words as the index and the query both see them. Korean writes particles and endings onto
 * the word (`볼륨을`, `마운트하려면`) and may write a compound with or without its space (`데이터 볼륨`,
 * `데이터볼륨`). Both sides reduce a word to its stem and split a compound into the stems it is made of,
 * so the words match as words: `로그` finds `로그를` but not `로그인`.
 */

import { ALL_HANGUL } from '../i18n/hangul.ts';

// Longest first, so `에서` wins over `서` and `하려면` over `면`.
const ENDINGS = [
  '하려면', '시키는', '한다면', '합니다', '했는데', '되려면', '되나요', '하나요', '할까요', '인가요', '습니다',
  '에서는', '으로는', '에게서', '이라는', '이라고', '하면서', '으로도', '에서도',
  '하는', '하기', '하고', '하면', '해서', '했다', '한다', '하다', '되는', '된다', '되어', '돼서', '에서', '으로', '에게', '한테',
  '까지', '부터', '처럼', '보다', '이나', '이란', '라는', '라고', '마다', '조차', '이고', '이며', '인데', '에는', '와의', '과의', '로는',
  // A question asked as it is spoken: `삭제해줘`, `쓰는데`, `ENTRYPOINT랑`.
  '해줘', '하는데', '되는데', '하려고', '해야', '는지', '인지', '이랑',
  // ... and its `하다` and `되다` as they are spoken: `사설 IP 대역이 할당돼?`, `설치했어`, `무슨 역할을 해?`.
  '했어요', '했나요', '했어', '됐어요', '됐나요', '됐어', '됐는데', '됐다', '돼요', '돼', '해',
  // ... and as it is typed in a hurry, without spaces or with a noun ending: `실행할때`, `접속안됨`, `사용하지 않고`, `설치하는법`.
  '하는법', '했더니', '할려면', '할때', '될때', '안됨', '안돼', '하지', '됨', '함',
  '려면', '나요', '해요', '하여', '하게', '되면', '끼리', '들을', '들이', '들의', '들은', '들',
  '을', '를', '은', '는', '이', '가', '에', '의', '로', '와', '과', '도', '만', '한', '할', '된', '될', '나', '면', '랑', '란',
];
const MIN_STEM = 2;

/** `볼륨을` -> `볼륨`, `마운트하려면` -> `마운트`; a stem keeps at least two syllables (`차이` stays). */
export function koreanStem(word: string): string {
  if (!ALL_HANGUL.test(word)) return word;
  for (const ending of ENDINGS) {
    if (word.endsWith(ending) && word.length - ending.length >= MIN_STEM) return word.slice(0, -ending.length);
  }
  return word;
}

/** True for a word that is only a particle or an ending, as left after code: `<code>--rm</code>을`. */
export const isBareEnding = (word: string): boolean => ENDINGS.includes(word);

/** Words a Korean question is phrased with that say nothing about the answer. */
export const KOREAN_STOPWORDS = new Set([
  '어떻게', '방법', '무엇', '뭔가요', '뭐', '무슨', '어디', '어디에', '언제', '왜', '좀', '수', '것', '때', '등', '및', '그리고', '하는법', '법',
  // What kind of answer is asked for, not what about: `ADD와 COPY 차이` is about ADD and COPY.
  '차이', '차이점', '비교',
  // Whether it can be done, or is wanted, as a question is spoken: `지정할 수 있어?`, `고정하고 싶어`, `괜찮아?`.
  '있어', '있어요', '있나', '있나요', '있을까', '있을까요', '싶어', '싶어요', '싶은데', '싶다', '가능', '가능해', '괜찮아', '괜찮나요',
  '돼', '되나', '알려줘', '뭐야', '거야', '건가요',
]);

/**
 * Splits an unspaced compound into two or three stems the corpus uses on their own, longest first:
 * `데이터볼륨` -> [`데이터`, `볼륨`]. A word that cannot be covered completely by known stems of two or
 * more syllables stays whole (`컨테이너`, `로그인`). The index and the query split alike, so either spelling finds the other.
 */
export function splitCompound(stem: string, known: (word: string) => boolean): string[] {
  if (stem.length < 4 || !ALL_HANGUL.test(stem)) return [stem];
  const split = (rest: string, depth: number): string[] | undefined => {
    if (depth < 2 && known(rest)) return [rest];
    if (depth === 0) return undefined;
    for (let cut = rest.length - MIN_STEM; cut >= MIN_STEM; cut--) {
      const head = rest.slice(0, cut);
      if (!known(head)) continue;
      const tail = split(rest.slice(cut), depth - 1);
      if (tail) return [head, ...tail];
    }
    return undefined;
  };
  return split(stem, 2) ?? [stem];
}
