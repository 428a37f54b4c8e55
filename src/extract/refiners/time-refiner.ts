import type { Candidate, RefiningContext } from '../candidate.ts';
import { parseChineseNumeral } from '../chinese-numeral.ts';
import { partAt } from '../report-structure.ts';

/** The N-th five-year plan starts in 1951 + 5N (十四五 → 2021–2025) from the fourth on. */
function fiveYearPlan(numeral: string): { from: number; to: number } | null {
  const n = parseChineseNumeral(numeral);
  if (n === null || n < 4) return null;
  return { from: 1951 + 5 * n, to: 1955 + 5 * n };
}

const YEAR_RANGE = /(?<from>(?:19|20)\d{2})年?\s*[—\-~至到]\s*(?<to>(?:19|20)\d{2})年/u;
const BY_YEAR = /(?:到|至|于)(?<year>(?:19|20)\d{2})年|(?<year2>(?:19|20)\d{2})年(?:前|底前|以前)/u;
const LEADING_YEAR = /^(?:[—\-\s]*)(?<year>(?:19|20)\d{2})年/u;
const PAST = /^(?:[—\-\s]*)(?:去年|过去一年|上年|一年来)/u;
const PLAN_PERIOD = /“?(?<plan>[一二三四五六七八九十]{1,3})五”?(?:规划)?(?:期间|时期|以来)/u;
const FIVE_YEARS = /过去五年|五年来|近五年/u;
const AVERAGE = /年均|年平均|平均每年/u;

/**
 * Gives each candidate its year, actual or target, and the period of a multi-year number.
 * The part it sits in decides first (review → actual of the review year, plan → target of the
 * plan year); the sentence can say otherwise: 2023年… / 去年… / 到2030年… / “十四五”期间年均….
 * A 年均 whose years the text does not give is not kept: it goes to the warnings.
 */
export function timeRefiner(context: RefiningContext, candidates: Candidate[]): Candidate[] {
  const { text, structure } = context;
  const { reviewYear, planYear } = structure;
  const kept: Candidate[] = [];
  for (const candidate of candidates) {
    const part = partAt(structure, candidate.start);
    const lead = text.slice(candidate.sentenceStart ?? candidate.start, candidate.start);
    let kind: Candidate['kind'] = part === 'plan' ? 'target' : 'actual';
    let year: number | null = part === 'plan' ? planYear : part === 'review' ? reviewYear : null;
    let period: Candidate['period'] = null;

    const stated = LEADING_YEAR.exec(lead)?.groups?.year;
    if (stated) {
      year = Number(stated);
      if (reviewYear !== null && year <= reviewYear) kind = 'actual';
      else if (planYear !== null && year >= planYear && part !== 'review') kind = 'target';
    } else if (PAST.test(lead) && part === 'plan') {
      kind = 'actual';
      year = reviewYear;
    }
    const range = YEAR_RANGE.exec(lead);
    const by = BY_YEAR.exec(lead);
    const plan = PLAN_PERIOD.exec(lead);
    if (range?.groups) {
      period = { from: Number(range.groups.from), to: Number(range.groups.to) };
    } else if (by?.groups && (by.groups.year ?? by.groups.year2)) {
      // 到2030年 sets a goal beyond the plan year; 到2023年底 reports a result.
      const until = Number(by.groups.year ?? by.groups.year2);
      year = until;
      kind = planYear !== null && until >= planYear ? 'target' : 'actual';
      if (planYear !== null && until > planYear) period = { from: planYear, to: until };
    } else if (plan?.groups?.plan) {
      period = fiveYearPlan(plan.groups.plan);
      if (period && plan[0].endsWith('以来') && reviewYear !== null)
        period = { ...period, to: reviewYear };
    } else if (FIVE_YEARS.test(lead) && reviewYear !== null) {
      period = { from: reviewYear - 4, to: reviewYear };
    }
    const clause = text.slice(
      Math.max(candidate.sentenceStart ?? 0, candidate.start - 20),
      candidate.start,
    );
    if (!period && AVERAGE.test(clause)) {
      context.warn(
        candidate.start,
        candidate.end,
        'yearly average over years the text does not name: not charted',
      );
      continue;
    }
    if (period) year = period.to;
    kept.push({ ...candidate, kind, year, period });
  }
  return kept;
}
