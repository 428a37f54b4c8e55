import type { Candidate, Parser } from '../candidate.ts';
import { parseChineseDecimal } from '../chinese-numeral.ts';
import { FALLS, RISES } from '../vocabulary/change-vocabulary.ts';
import { alternation } from '../vocabulary/regex-fragments.ts';
import { wordAnchor } from '../matches-of.ts';
import { COMPARATOR_PREFIXES } from '../vocabulary/comparator-vocabulary.ts';
import {
  CMP_AFTER,
  CMP_BEFORE,
  LINK,
  LINK_WORDS,
  candidateFrom,
  longest,
  subjectEndOf,
} from './quantity-fragments.ts';

const VERBS = [...RISES, ...FALLS];

/** Every match holds 百分之, after at most a verb, a link and a comparator. */
const HUNDREDTHS = wordAnchor(
  '百分之',
  longest(VERBS) + longest(LINK_WORDS) + longest(Object.keys(COMPARATOR_PREFIXES)),
);

/**
 * A percentage written in words: 增长百分之五以上, 失业率控制在百分之五点五以内.
 * After a growth word it is a growth rate (negative after a fall), otherwise a rate.
 * Rejected: 百分之百 (a manner of speaking, not a number).
 */
export const chinesePercentParser: Parser = {
  name: 'chinese-percent',
  pattern: new RegExp(
    `(?<verb>${alternation(VERBS)})?${LINK}${CMP_BEFORE}(?<cn>百分之[零〇一二两三四五六七八九十点]+)${CMP_AFTER}`,
    'gdu',
  ),
  anchorIn: () => HUNDREDTHS,
  extract(_context, match): Candidate | null {
    const groups = match.groups ?? {};
    const numeral = (groups.cn ?? '').slice(3);
    const value = numeral === '百' ? null : parseChineseDecimal(numeral);
    if (value === null) return null;
    const sign = FALLS.includes(groups.verb ?? '') ? -1 : 1;
    const spans = match.indices?.groups ?? {};
    return candidateFrom('chinese-percent', match, spans, {
      subjectEnd: subjectEndOf(match, spans, ['verb', 'cmpBefore', 'cn']),
      measure: groups.verb ? 'growth' : 'rate',
      value: value * sign,
      unit: '%',
    });
  },
};
