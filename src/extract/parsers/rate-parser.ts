import type { Candidate, GroupLayout, Parser } from '../candidate.ts';
import { spansOf } from '../candidate.ts';
import {
  CMP_AFTER,
  CMP_BEFORE,
  PERCENT,
  percentAnchor,
  PERCENT_SLOTS,
  subjectEndOf,
  candidateFrom,
} from './quantity-fragments.ts';

const LAYOUT: GroupLayout = { head: [['cmpBefore'], ...PERCENT_SLOTS] };

/**
 * Any other percentage, named by the words before it:
 *   基本医疗保险参保率97.1%   优良天数比率98.4%   城镇调查失业率5.5%左右   满意率100%   赤字率拟按3%安排
 * It runs after the growth and share parsers, which claim 增长5%, 占…的63% first.
 * Rejected: 提高0.6个百分点 without a verb before it is left to the warnings (a change, but of what?).
 */
export const rateParser: Parser = {
  name: 'rate',
  pattern: new RegExp(`${CMP_BEFORE}${PERCENT}${CMP_AFTER}`, 'guy'),
  anchorIn: percentAnchor,
  layout: LAYOUT,
  extract(_context, match): Candidate | null {
    const groups = match.groups ?? {};
    if (groups.unit !== '%') return null;
    const spans = spansOf(match, LAYOUT);
    return candidateFrom('rate', match, spans, {
      subjectEnd: subjectEndOf(match, spans, ['cmpBefore', 'value']),
      measure: 'rate',
      unit: '%',
    });
  },
};
