/** Builds an alternation that tries longer words first, so 万亿元 wins over 亿元 and 元. */
export function alternation(words: readonly string[]): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length || a.localeCompare(b))
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
}

/** An Arabic number after normalisation: 5, 5.8, 43539 (never part of a longer number). */
export const ARABIC = String.raw`(?<![\d.])\d+(?:\.\d+)?(?![\d])`;

/** Chinese numeral characters the converter understands. */
export const CHINESE_DIGITS = '零〇一二两三四五六七八九十百千万亿';

/** A dash or word that joins the two ends of a range: 5%—5.5%, 4.5-5%, 5%至5.5%. */
export const RANGE_JOIN = String.raw`(?:—{1,2}|–|-|~|～|至|到)`;

/** Vocabulary written as whitespace-separated words, one list per line group. */
export function words(list: string): string[] {
  return list.split(/\s+/u).filter((word) => word.length > 0);
}
