import type { Candidate, GroupLayout, GroupSpans, Parser } from '../candidate.ts';
import { spansOf } from '../candidate.ts';
import { FALLS, RISES } from '../vocabulary/change-vocabulary.ts';
import { alternation } from '../vocabulary/regex-fragments.ts';
import {
  CMP_AFTER,
  CMP_BEFORE,
  LINK,
  PERCENT,
  percentAnchor,
  PERCENT_SLOTS,
  subjectEndOf,
  candidateFrom,
} from './quantity-fragments.ts';

/** A growth candidate: the verb's sign applies to both ends, and a fall's range stays ordered. */
function growthFrom(match: RegExpExecArray, spans: GroupSpans, subjectEnd: number): Candidate {
  const groups = match.groups ?? {};
  const sign = FALLS.includes(groups.verb ?? '') ? -1 : 1;
  const value = Number(groups.value) * sign * (groups.neg ? -1 : 1);
  const upper = groups.upper ? Number(groups.upper) * sign : null;
  // A fall stated as a range keeps the smaller number as the lower bound.
  const [low, high] = upper !== null && upper < value ? [upper, value] : [value, upper];
  return candidateFrom('growth', match, spans, {
    subjectEnd,
    measure: 'growth',
    value: low,
    upper: high,
    unit: groups.unit ?? '%',
  });
}

const GROWTH_LAYOUT: GroupLayout = { head: [['goal', 'verb']], tail: PERCENT_SLOTS };

/**
 * A year-on-year change in percent or percentage points:
 *   增长5.8%  增长5.5%以上  增长5%—5.5%  涨幅控制在3%以内  下降2.1%  提高0.6个百分点  能耗降低2.5%左右
 * Rejected: 提高到45% (a new level, not a change: 到/至 are not links here).
 */
export const growthParser: Parser = {
  name: 'growth',
  pattern: new RegExp(
    `(?:(?<goal>增长|增速)(?:预期)?目标为|(?<verb>${alternation([...RISES, ...FALLS])}))${LINK}${CMP_BEFORE}${PERCENT}${CMP_AFTER}`,
    'gu',
  ),
  layout: GROWTH_LAYOUT,
  extract(_context, match): Candidate {
    const spans = spansOf(match, GROWTH_LAYOUT);
    const goal = spans.goal;
    // 经济增长预期目标为5%左右: the subject runs through 增长.
    return growthFrom(match, spans, goal ? goal[1] : subjectEndOf(match, spans, ['verb']));
  },
};

const GROWTH_AFTER_LAYOUT: GroupLayout = { head: [['cmpBefore'], ...PERCENT_SLOTS] };

/**
 * A growth rate stated before its verb:
 *   实现了5.2%的增长   保持6%左右的增速   实现5%以上的增幅   保持20%以上增长
 * Rejected: 5%的企业 (no growth word after 的).
 */
export const growthAfterParser: Parser = {
  name: 'growth-after',
  pattern: new RegExp(
    `${CMP_BEFORE}${PERCENT}${CMP_AFTER}(?:的(?<verb>增长|增速|增幅|涨幅|下降|降幅)|(?<rise>增长|增幅))`,
    'guy',
  ),
  anchorIn: percentAnchor,
  layout: GROWTH_AFTER_LAYOUT,
  extract(_context, match): Candidate {
    const spans = spansOf(match, GROWTH_AFTER_LAYOUT);
    return growthFrom(match, spans, subjectEndOf(match, spans, ['cmpBefore', 'value']));
  },
};
