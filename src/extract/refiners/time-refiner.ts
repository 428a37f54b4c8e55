import type { Period } from '../../dataset/dataset-schema.ts';
import type { Candidate, RefiningContext } from '../candidate.ts';
import { modeAt } from '../report-structure.ts';
import { fiveYearPlan } from '../structure/report-years.ts';

const YEAR = String.raw`(?:19|20)\d{2}`;
const YEAR_RANGE = new RegExp(
  String.raw`(?<from>${YEAR})年?\s*[—\-~至到]\s*(?<to>${YEAR})年`,
  'u',
);
const BY_YEAR = new RegExp(
  String.raw`(?:到|至|于)(?<year>${YEAR})年|(?<year2>${YEAR})年(?:前|底前|以前)`,
  'u',
);
/** 2023年… opens the sentence or the clause. */
const LEADING_YEAR = new RegExp(String.raw`(?:^|[，,；])[—\-\s]*(?<year>${YEAR})年(?!以来)`, 'gu');
const PAST = /^(?:[—\-\s]*)(?:去年|过去一年|上年|一年来)/u;
const PLAN_PERIOD =
  /“?(?<plan>十[一二三四五六七八九])五”?(?:规划)?(?:期间|时期|以来|末|累计|年均)/u;
const FIVE_YEARS_BACK = /过去五年|过去的五年|五年来|近五年|五年间|这五年|五年累计/u;
const FIVE_YEARS_AHEAD = /今后五年|未来五年/u;
/** 比2020年下降13.5% / 较2020年: a change since a base year. */
const SINCE_BASE = new RegExp(String.raw`(?:比|较)(?<year>${YEAR})年`, 'u');
const SINCE_YEAR = new RegExp(String.raw`(?<year>${YEAR})年以来`, 'u');
/** 年均增长 averages over years; 年均浓度 (PM2.5) is the name of a yearly measure. */
const AVERAGE = /(?:年均|年平均)(?!浓度|值)|平均每年/u;
const ESTIMATE = /预计/u;
/** The number is the end state of a period (达到, 增至, 突破…), so it is that year's level. */
const END_STATE = /(?:达到|达|增至|增加到|提高到|提升到|扩大到|升至|突破|超过|迈上|跃升至|跃居)$/u;
/** …从874.6亿元增加到…: the number after 从 is the level before the period began. */
const BASE_LEVEL = new RegExp(String.raw`从(?:(?<year>${YEAR})年的?|“十[一二三四五六七八九]五”末的?)?$`, 'u');
const RUNNING_TOTAL = /累计|新增|完成|建成|实施|引进|签约|年均|五年/u;

interface Reading {
  kind: Candidate['kind'];
  year: number | null;
  period: Period | null;
}

/**
 * Gives each candidate its year, actual or target, and the period of a multi-year number. The
 * segment it sits in decides first (a review paragraph → the review year's result, a plan
 * paragraph → the plan year's goal, a five-year paragraph → that period); the sentence can say
 * otherwise: 2023年… / 去年… / 到2030年… / “十四五”期间年均… / 比2020年…. A 年均 whose years the
 * text does not give is not kept: it goes to the warnings.
 */
export function timeRefiner(context: RefiningContext, candidates: Candidate[]): Candidate[] {
  const { text, structure } = context;
  const { reviewYear, planYear } = structure;
  const kept: Candidate[] = [];
  for (const candidate of candidates) {
    const mode = modeAt(structure, candidate.start);
    const sentenceStart = candidate.sentenceStart ?? candidate.start;
    const lead = text.slice(sentenceStart, candidate.start);
    const reading: Reading = {
      kind: mode.part === 'plan' ? 'target' : 'actual',
      year: mode.part === 'plan' ? planYear : mode.part === 'review' ? reviewYear : null,
      period: mode.period,
    };
    readSentence(reading, lead, mode.part, reviewYear, planYear);
    if (reading.period && reading.kind === 'actual' && reading.period.to === reviewYear) {
      const before = text.slice(Math.max(sentenceStart, candidate.start - 16), candidate.start);
      readFiveYearLevel(reading, candidate, before, reading.period);
    }
    const clause = text.slice(Math.max(sentenceStart, candidate.start - 20), candidate.start);
    if (!reading.period && AVERAGE.test(clause)) {
      context.warn(
        candidate.start,
        candidate.end,
        'yearly average over years the text does not name: not charted',
      );
      continue;
    }
    if (reading.period) reading.year = reading.period.to;
    const estimated = ESTIMATE.test(clause) || undefined;
    kept.push({
      ...candidate,
      kind: reading.kind,
      year: reading.year,
      period: reading.period,
      ...(estimated ? { estimated } : {}),
    });
  }
  return kept;
}

/** What the sentence before the number says of its time, over what the segment said. */
function readSentence(
  reading: Reading,
  lead: string,
  part: string,
  reviewYear: number | null,
  planYear: number | null,
): void {
  const leading = [...lead.matchAll(LEADING_YEAR)].at(-1)?.groups?.year;
  if (leading) {
    const year = Number(leading);
    reading.year = year;
    reading.period = null;
    if (reviewYear !== null && year <= reviewYear) reading.kind = 'actual';
    else if (planYear !== null && year >= planYear && part !== 'review') reading.kind = 'target';
  } else if (PAST.test(lead) && part === 'plan') {
    reading.kind = 'actual';
    reading.year = reviewYear;
    reading.period = null;
  }
  const range = YEAR_RANGE.exec(lead);
  const by = BY_YEAR.exec(lead);
  const plan = PLAN_PERIOD.exec(lead);
  const base = SINCE_BASE.exec(lead) ?? SINCE_YEAR.exec(lead);
  if (range?.groups) {
    reading.period = { from: Number(range.groups.from), to: Number(range.groups.to) };
  } else if (by?.groups && (by.groups.year ?? by.groups.year2)) {
    // 到2030年 sets a goal beyond the plan year; 到2023年底 reports a result.
    const until = Number(by.groups.year ?? by.groups.year2);
    reading.year = until;
    reading.kind = planYear !== null && until >= planYear ? 'target' : 'actual';
    if (planYear !== null && until > planYear) reading.period = { from: planYear, to: until };
    if (base?.groups?.year && Number(base.groups.year) < until)
      reading.period = { from: Number(base.groups.year), to: until };
  } else if (plan?.groups?.plan) {
    const period = fiveYearPlan(plan.groups.plan);
    if (period) {
      const sinceStart = plan[0].endsWith('以来') && reviewYear !== null;
      reading.period = sinceStart ? { ...period, to: Math.min(period.to, reviewYear) } : period;
      if (planYear !== null && period.from >= planYear) reading.kind = 'target';
    }
  } else if (FIVE_YEARS_AHEAD.test(lead) && planYear !== null) {
    reading.period = { from: planYear, to: planYear + 4 };
    reading.kind = 'target';
  } else if (FIVE_YEARS_BACK.test(lead) && reviewYear !== null) {
    reading.period = { from: reviewYear - 4, to: reviewYear };
    reading.kind = 'actual';
  } else if (base?.groups?.year) {
    const from = Number(base.groups.year);
    const to = reading.year;
    if (to !== null && from < to - 1) reading.period = { from, to };
  }
}

/**
 * In a five-year review a level reached (总装机达到8041.6万千瓦, 增至2.79万亿元) is the last year's
 * level, and the level 从… it started from is the year before the period; flows and growth
 * over the five years keep the period.
 */
function readFiveYearLevel(
  reading: Reading,
  candidate: Candidate,
  before: string,
  period: Period,
): void {
  if (candidate.measure !== 'level' && candidate.measure !== 'count') return;
  const baseLevel = BASE_LEVEL.exec(before);
  if (baseLevel) {
    reading.period = null;
    reading.year = baseLevel.groups?.year ? Number(baseLevel.groups.year) : period.from - 1;
    return;
  }
  if (END_STATE.test(before) && !RUNNING_TOTAL.test(before.slice(-8))) {
    reading.period = null;
    reading.year = period.to;
  }
}
