/**
 * Builds an alternation that tries longer words first, so 万亿元 wins over 亿元 and 元, written
 * as a tree of shared beginnings: 万(?:亿(?:元|吨)?|元)? rather than 万亿元|万亿吨|万亿|万元|万.
 * The engine tries a flat alternation's words one after another at each position, which for the
 * amount parser's several hundred units was most of its time; in the tree one character picks the
 * branch. It tries the same words in the same order (those the text holds there, longest first,
 * each branch before the word that ends where it starts), so every pattern matches as before.
 * Like a flat list it is a bare alternation: the caller puts it in a group.
 */
export function alternation(words: readonly string[]): string {
  const root = new TrieNode();
  for (const word of words) {
    let node = root;
    for (const char of word) {
      let next = node.next.get(char);
      if (!next) node.next.set(char, (next = new TrieNode()));
      node = next;
    }
    node.ends = true;
  }
  // An empty word, like a flat list's shortest, is tried last.
  return `${branchesOf(root).join('|')}${root.ends && root.next.size > 0 ? '|' : ''}`;
}

class TrieNode {
  readonly next = new Map<string, TrieNode>();
  ends = false;
}

/** The node's branches, by character (only one can match at a place, so any order would do). */
function branchesOf(node: TrieNode): string[] {
  return [...node.next]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([char, next]) => `${char.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}${restOf(next)}`);
}

/** What may follow a node's character: its branches, optional when a word ends there. */
function restOf(node: TrieNode): string {
  const branches = branchesOf(node);
  if (branches.length === 0) return '';
  if (!node.ends && branches.length === 1) return branches[0] ?? '';
  return `(?:${branches.join('|')})${node.ends ? '?' : ''}`;
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
