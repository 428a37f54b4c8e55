import type { Candidate, Parser } from '../candidate.ts';
import { parseChineseNumeral } from '../chinese-numeral.ts';

/**
 * Doubling stated in words: 翻一番 (+100%), 翻两番 (+300%).
 * Rejected: 翻番 without a count (no number is stated).
 */
export const doublingParser: Parser = {
  name: 'doubling',
  pattern: /翻(?<times>一|二|两|三|四)番/dgu,
  extract(_context, match): Candidate | null {
    const times = parseChineseNumeral(match.groups?.times ?? '');
    if (times === null) return null;
    const end = match.index + match[0].length;
    return {
      rule: 'doubling',
      start: match.index,
      end,
      matchStart: match.index,
      matchEnd: end,
      subjectEnd: match.index,
      measure: 'growth',
      value: (2 ** times - 1) * 100,
      upper: null,
      unit: '%',
      comparator: 'eq',
      scope: null,
      inferred: [],
    };
  },
};
