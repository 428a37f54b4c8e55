import type { Candidate, GroupLayout, Parser } from '../candidate.ts';
import { spansOf } from '../candidate.ts';
import {
  CMP_AFTER,
  CMP_BEFORE,
  PERCENT,
  PERCENT_SLOTS,
  subjectEndOf,
  candidateFrom,
} from './quantity-fragments.ts';

const SHARE_LINK = '(?:为|达到|达|约为|约|提高到|提升到|升至|增至|降至|保持在|稳定在)?';

const LAYOUT: GroupLayout = { head: [['of', 'noun']], tail: PERCENT_SLOTS };

/**
 * A part of a whole in percent:
 *   占全市固定资产投资的63%   占地区生产总值比重达到41.4%   相当于全市生产总值的比例达到4.4%左右
 *   占全球比重超过60%        贡献率达到47.8%              占比提高到30%
 * Rejected: 占地1200亩 (an area, no percent).
 */
export const shareParser: Parser = {
  name: 'share',
  pattern: new RegExp(
    `(?:(?<of>占(?!比)|相当于)(?<whole>[^，。；：！？%\\d\\n]{1,30}?)(?:的)?(?:比重|比例|份额)?|(?<noun>比重|占比|份额|贡献率|贡献度))${SHARE_LINK}${CMP_BEFORE}${PERCENT}${CMP_AFTER}`,
    'gu',
  ),
  layout: LAYOUT,
  extract(_context, match): Candidate | null {
    const groups = match.groups ?? {};
    if (groups.unit !== '%') return null;
    const spans = spansOf(match, LAYOUT);
    const noun = spans.noun;
    return candidateFrom('share', match, spans, {
      // 贡献率 belongs to the subject (工业对经济增长贡献率); 占… does not.
      subjectEnd: noun ? noun[1] : subjectEndOf(match, spans, ['of']),
      measure: 'share',
      unit: '%',
      whole: groups.whole || undefined,
      wholeVia: groups.whole ? (groups.of === '相当于' ? '相当于' : '占') : undefined,
    });
  },
};
