/**
 * What counts as Korean text: Hangul syllables, and the jamo a syllable is made of (conjoining and
 * compatibility forms, as in a stray `ㄷ`). The one definition for search, the translation checks and the tests.
 */
export const HANGUL_RANGE = '\\u1100-\\u11ff\\u3130-\\u318f\\uac00-\\ud7a3';

/** Any Hangul in a text. */
export const HANGUL = new RegExp(`[${HANGUL_RANGE}]`);
/** A word written in Hangul alone. */
export const ALL_HANGUL = new RegExp(`^[${HANGUL_RANGE}]+$`);

export const isHangul = (text: string): boolean => HANGUL.test(text);
