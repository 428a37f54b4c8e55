import type { Comparator } from '../../dataset/dataset-schema.ts';
import {
  APPROX_INFIXES,
  COMPARATOR_PREFIXES,
  COMPARATOR_SUFFIXES,
} from '../vocabulary/comparator-vocabulary.ts';
import { alternation, ARABIC, RANGE_JOIN, words } from '../vocabulary/regex-fragments.ts';
import type { Candidate, GroupLayout, GroupSpans, ParsingContext } from '../candidate.ts';
import type { Anchor } from '../matches-of.ts';
import { leadAnchor, leadsOf, positionsOf } from '../matches-of.ts';
import { copyOf, groupSpan } from '../candidate.ts';

/** The words of CMP_BEFORE: the leads of a quantity's anchor (see leadAnchor). */
export const COMPARATOR_WORDS = Object.keys(COMPARATOR_PREFIXES);

/** 超过 / 约 / 不低于 … before the number. */
export const CMP_BEFORE = `(?<cmpBefore>${alternation(COMPARATOR_WORDS)})?`;

/** The first digit of a number: after neither a digit nor a decimal point (see ARABIC). */
export const FIRST_DIGIT = /(?<![\d.])\d/g;

/** Where each number in digits starts in `text`: see ParsingContext. */
export function numberStarts(text: string): number[] {
  return positionsOf(FIRST_DIGIT, text);
}

const PERCENT_LEADS = leadsOf([
  ...COMPARATOR_WORDS,
  ...COMPARATOR_WORDS.map((word) => `${word}-`),
  '-',
]);

/** Where a match of CMP_BEFORE and PERCENT (约-3%, 超过5%) may start: see leadAnchor. */
export function percentAnchor({ numberStarts: numbers }: ParsingContext): Anchor {
  return leadAnchor(numbers, PERCENT_LEADS);
}

/** 以上 / 左右 / 以内 … after the unit. */
export const CMP_AFTER = `(?<cmpAfter>${alternation(Object.keys(COMPARATOR_SUFFIXES))})?`;
/** 余 / 多 between number and unit. */
export const APPROX = `(?<approx>${alternation(Object.keys(APPROX_INFIXES))})?`;

/**
 * A percentage, single or a range: 5.8%, 5%—5.5%, 4.5-5%, 5%至5.5%, and the same with 个百分点.
 * Groups: value, upper, unit; rangeJoin and unitGap hold what lies between, so that the groups
 * tile the percentage (PERCENT_TAIL).
 */
export const PERCENT = `(?<neg>-)?(?<value>${ARABIC})(?:(?<rangeJoin>%?\\s{0,3}${RANGE_JOIN}\\s{0,3})(?<upper>${ARABIC}))?(?<unitGap>\\s{0,3})(?<unit>%|个百分点)`;

/** The groups of PERCENT and CMP_AFTER in text order, which tile them (see spansOf). */
export const PERCENT_SLOTS: GroupLayout['head'] = [
  ['neg'],
  ['value'],
  ['rangeJoin'],
  ['upper'],
  ['unitGap'],
  ['unit'],
  ['cmpAfter'],
];

/** Verbs and links that may stand between a trigger word and its number, tried in this order. */
export const LINK_WORDS = words(
  '了 为 达到 达 约为 控制在 保持在 稳定在 均为 平均为 在 分别为 分别 分别达到 均',
);
export const LINK = `(?:${LINK_WORDS.join('|')})?`;

/** The length of the longest word, for a bound on how far a match reaches (see matchesOf). */
export function longest(list: readonly string[]): number {
  return Math.max(0, ...list.map((word) => word.length));
}

/** The comparator a match states, from its prefix, infix or suffix words; a range wins. */
export function comparatorOf(match: RegExpExecArray): Comparator {
  const groups = match.groups ?? {};
  if (groups.upper) return 'range';
  const words = [groups.cmpAfter, groups.approx, groups.cmpBefore];
  for (const word of words) {
    if (!word) continue;
    const comparator =
      COMPARATOR_SUFFIXES[word] ?? APPROX_INFIXES[word] ?? COMPARATOR_PREFIXES[word] ?? null;
    if (comparator) return comparator;
  }
  return 'eq';
}

/** The number's own span: the value, or the value through the upper bound of a range. */
export function numberSpan(match: RegExpExecArray, spans: GroupSpans): [number, number] {
  const value = groupSpan(spans, 'value') ?? groupSpan(spans, 'cn');
  // A minus sign is part of the number as written (增长-3.2%); so are 余 in 300余 and 十余,
  // and a range runs to its upper bound.
  const first = groupSpan(spans, 'neg') ?? value;
  const last = groupSpan(spans, 'upper') ?? groupSpan(spans, 'approx') ?? value;
  if (!first || !last) return [match.index, match.index + match[0].length];
  return [first[0], last[1]];
}

/** Where the words naming the subject end: the first of the named groups that matched. */
export function subjectEndOf(
  match: RegExpExecArray,
  spans: GroupSpans,
  groups: readonly string[],
): number {
  for (const name of groups) {
    const span = groupSpan(spans, name);
    if (span) return span[0];
  }
  return match.index;
}

/** What a parser says of a quantity match; value, upper and comparator default to the match's. */
type QuantityFields = Pick<Candidate, 'measure' | 'subjectEnd' | 'unit'> &
  Partial<Pick<Candidate, 'value' | 'upper' | 'comparator' | 'whole' | 'wholeVia'>>;

/**
 * A candidate read from a quantity match: span, value, upper bound and comparator come from
 * the match's groups; the parser says what the number measures and where its subject ends.
 * Every field is written here, none spread: see copyOf for why one shape matters.
 */
export function candidateFrom(
  rule: string,
  match: RegExpExecArray,
  spans: GroupSpans,
  fields: QuantityFields,
): Candidate {
  const groups = match.groups ?? {};
  const [start, end] = numberSpan(match, spans);
  return copyOf({
    rule,
    start,
    end,
    matchStart: match.index,
    matchEnd: match.index + match[0].length,
    subjectEnd: fields.subjectEnd,
    measure: fields.measure,
    value: fields.value ?? Number(groups.value) * (groups.neg ? -1 : 1),
    upper: fields.upper !== undefined ? fields.upper : groups.upper ? Number(groups.upper) : null,
    unit: fields.unit,
    comparator: fields.comparator ?? comparatorOf(match),
    scope: null,
    whole: fields.whole,
    wholeVia: fields.wholeVia,
    inferred: [],
  });
}
