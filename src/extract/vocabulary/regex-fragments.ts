/**
 * Builds an alternation that tries longer words first, so 万亿元 wins over 亿元 and 元. Words of
 * one length cannot match the same text, so their order only needs to be stable: by code unit,
 * not localeCompare, whose first call builds an ICU collator (~10–30 ms as the page starts).
 */
export function alternation(words: readonly string[]): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0))
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
}

/**
 * Pattern fragments the extractor's regexes share, written once. Each is a source string to
 * interpolate into `new RegExp(String.raw`…`)`; none holds an unbounded repetition that could
 * backtrack over another's.
 */

/** Where a number starts: not after a digit or a decimal point, so 2023 is not read as 023. */
export const NUMBER_START = String.raw`(?<![\d.])`;

/** Digits with an optional decimal part: 5, 5.8, 43539. */
export const DECIMAL = String.raw`\d+(?:\.\d+)?`;

/** An Arabic number after normalisation: 5, 5.8, 43539 (never part of a longer number). */
export const ARABIC = String.raw`${NUMBER_START}${DECIMAL}(?![\d])`;

/** A year a report is about or names as a horizon: 1998, 2025, 2035. */
export const YEAR = String.raw`(?:19|20)\d{2}`;

/** A year as dates and labels write it, back to 1800: 1840年, 2023行动, 2021—2025年. */
export const DATE_YEAR = String.raw`(?:1[89]|20)\d{2}`;

/** The characters of Chinese words (CJK Unified Ideographs), for use inside a class. */
export const HAN_CHARS = String.raw`\u4e00-\u9fa5`;

/** One character of a Chinese word. */
export const HAN = `[${HAN_CHARS}]`;

/** The digits 一 to 九: the number of a five-year plan after 十 (十四五). */
export const ONE_TO_NINE = '[一二三四五六七八九]';

/**
 * A five-year plan by its number, quotes optional: “十四五”, 十五五. With a group name, the group
 * holds the digit after 十 (四 in 十四五).
 */
export function fiveYearPlanName(group?: string): string {
  return `“?十${group ? `(?<${group}>${ONE_TO_NINE})` : ONE_TO_NINE}五”?`;
}

/** Chinese numeral characters the converter understands. */
export const CHINESE_DIGITS = '零〇一二两三四五六七八九十百千万亿';

/** A dash or word that joins the two ends of a range: 5%—5.5%, 4.5-5%, 5%至5.5%. */
export const RANGE_JOIN = String.raw`(?:—{1,2}|–|-|~|～|至|到)`;

/** Vocabulary written as whitespace-separated words, one list per line group. */
export function words(list: string): string[] {
  return list.split(/\s+/u).filter((word) => word.length > 0);
}
