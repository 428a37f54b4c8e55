import type { Period } from '../../dataset/dataset-schema.ts';
import type { Candidate, RefiningContext } from '../candidate.ts';
import { copyOf } from '../candidate.ts';
import { modeAt } from '../report-structure.ts';
import {
  clauseStartBefore,
  fullSentenceEndAfter,
  fullSentenceStartBefore,
} from './clause-bounds.ts';
import { parseChineseNumeral } from '../chinese-numeral.ts';
import { fiveYearPlanOf } from '../structure/report-years.ts';
import { fiveYearPlanName, YEAR } from '../vocabulary/regex-fragments.ts';
import { matchesOf } from '../matches-of.ts';

const PLAN = `${fiveYearPlanName('plan')}(?:规划)?`;

/**
 * Words that frame a number in time; in one sentence, the one nearest the number decides. `holds`
 * is a word every match holds: a sentence without it is not searched (most hold no 五, many no 年).
 */
const FRAMES: ReadonlyArray<{ name: Frame; holds: string; pattern: RegExp }> = [
  // 2023年，… / …，2025年增长5.5%: a year opening the sentence or a clause
  {
    name: 'year',
    holds: '年',
    pattern: new RegExp(
      String.raw`(?:^|[，,；：])[—\-\s]{0,4}(?<year>${YEAR})年(?!以来|前|底前|以前)`,
      'gu',
    ),
  },
  {
    name: 'past',
    holds: '年',
    pattern: /(?:^|[，,；：])[—\-\s]{0,4}(?:去年|过去一年|上年|一年来)/gu,
  },
  { name: 'this-year', holds: '年', pattern: /(?:^|[，,；：])[—\-\s]{0,4}(?:今年|全年)/gu },
  {
    name: 'range',
    holds: '年',
    pattern: new RegExp(
      String.raw`(?<from>${YEAR})年?\s{0,3}[—\-~至到]\s{0,3}(?<to>${YEAR})年`,
      'gu',
    ),
  },
  {
    name: 'by',
    holds: '年',
    pattern: new RegExp(
      String.raw`(?<![\d年])(?:到|至|于)(?<year>${YEAR})年|(?<year2>${YEAR})年(?:前|底前|以前)`,
      'gu',
    ),
  },
  {
    name: 'plan',
    holds: '五',
    pattern: new RegExp(String.raw`${PLAN}(?:期间|时期|以来|累计|年均)`, 'gu'),
  },
  { name: 'ahead', holds: '五年', pattern: /今后五年|未来五年/gu },
  {
    name: 'back',
    holds: '年',
    pattern: /过去五年|过去的五年|五年来|近五年|五年间|这五年|五年累计/gu,
  },
  { name: 'since', holds: '年以来', pattern: new RegExp(String.raw`(?<year>${YEAR})年以来`, 'gu') },
  // 十年增加近70万亿元 / 五年总体赤字率 / 八年来: so many years up to the review year.
  {
    name: 'span',
    holds: '年',
    pattern:
      /(?<![\d〇零一二三四五六七八九十第连续])(?:近|过去的?)?(?<n>[两二三四五六七八九十]|[1-9]\d?)年(?=来|间|以来|累计|总体|年均|中|里|[增减共合])/gu,
  },
];
type Frame =
  'year' | 'past' | 'this-year' | 'range' | 'by' | 'plan' | 'ahead' | 'back' | 'since' | 'span';

/** 比2020年下降13.5% / 较“十三五”末增长32.6%: a change since a base year. */
const BASE = new RegExp(String.raw`(?:比|较)(?:(?<year>${YEAR})年|${PLAN}末)`, 'gu');
const AVERAGE = /(?:年均|年平均)(?!浓度|值)|平均每年/u;
const ESTIMATE = '预计';
/** The number is the end state of a period (达到, 增至, 突破…), so it is that year's level. */
const END_STATE = /(?:达到|达|增至|增加到|提高到|提升到|扩大到|升至|突破|超过|迈上|跃升至|跃居)$/u;
/** …从874.6亿元增加到… / 较“十三五”末的9323.1亿元: the level before the period began. */
/** Every BASE_LEVEL match holds one of these: most numbers follow none, and skip the pattern. */
const BASE_WORDS = ['从', '由', '比', '较'];
function mayHoldBase(before: string): boolean {
  for (const word of BASE_WORDS) if (before.includes(word)) return true;
  return false;
}
const BASE_LEVEL = new RegExp(
  String.raw`(?:(?:从|由)(?:(?<year>${YEAR})年的?|不到|不足|近|约|\p{Script=Han}{1,5}?|${fiveYearPlanName()}末的?)?|(?:比|较)(?:(?<year2>${YEAR})年|${fiveYearPlanName()}末)的)$`,
  'u',
);
const FIVE_YEAR_PLAN = new RegExp(fiveYearPlanName('plan'), 'u');
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
export function timeRefiner(
  context: RefiningContext,
  candidates: readonly Readonly<Candidate>[],
): Candidate[] {
  const { text, structure } = context;
  const { reviewYear, planYear } = structure;
  const kept: Candidate[] = [];
  // The numbers of one sentence come one after another: its frames are kept until the next
  // sentence's, not for the whole report (a 5 MB text held every frame and match to the end).
  let framesLead = -1;
  let frames: FoundFrame[] = [];
  for (const candidate of candidates) {
    const mode = modeAt(structure, candidate.start);
    const sentenceStart = candidate.sentenceStart ?? candidate.start;
    const leadStart = timeLeadStart(text, sentenceStart);
    if (leadStart !== framesLead) {
      frames = sentenceFrames(text, leadStart);
      framesLead = leadStart;
    }
    const reading: Reading = {
      kind: mode.part === 'plan' ? 'target' : 'actual',
      year: mode.part === 'plan' ? planYear : mode.part === 'review' ? reviewYear : null,
      period: mode.period,
    };
    readSentence(reading, frames, candidate.start - leadStart, mode.part, reviewYear, planYear);
    const before = text.slice(Math.max(sentenceStart, candidate.start - 16), candidate.start);
    const after = text.slice(candidate.matchEnd, candidate.matchEnd + 8);
    if (!readBaseLevel(reading, candidate, before, after, reviewYear)) {
      if (reading.period && reading.kind === 'actual' && reading.period.to === reviewYear)
        readFiveYearLevel(reading, candidate, before, reading.period);
    }
    const clause = text.slice(
      clauseStartBefore(text, candidate.start, sentenceStart),
      candidate.start,
    );
    if (!reading.period && AVERAGE.test(clause)) {
      context.warn(
        candidate.start,
        candidate.end,
        'yearly average over years the text does not name: not charted',
      );
      continue;
    }
    if (reading.period) reading.year = reading.period.to;
    const read = copyOf(candidate);
    read.kind = reading.kind;
    read.year = reading.year;
    read.period = reading.period;
    if (clause.includes(ESTIMATE)) read.estimated = true;
    kept.push(read);
  }
  return kept;
}

/** Where the words that frame a number in time begin: a list after 目标是： or ； shares its frame. */
function timeLeadStart(text: string, sentenceStart: number): number {
  const before = text.charCodeAt(sentenceStart - 1);
  return before === COLON || before === SEMICOLON
    ? fullSentenceStartBefore(text, sentenceStart - 1)
    : sentenceStart;
}
const COLON = '：'.charCodeAt(0);
const SEMICOLON = '；'.charCodeAt(0);

interface FoundFrame {
  name: Frame | 'base';
  match: RegExpExecArray;
  end: number;
}

/**
 * Every time frame of one sentence, read once: the numbers of a sentence share its frames, and
 * each takes those that end before it.
 */
function sentenceFrames(text: string, leadStart: number): FoundFrame[] {
  const sentenceEnd = fullSentenceEndAfter(text, leadStart);
  const words = text.slice(leadStart, sentenceEnd);
  const found: FoundFrame[] = [];
  for (const { name, holds, pattern } of FRAMES) {
    if (words.includes(holds)) addFrames(found, name, pattern, words);
  }
  if (words.includes('比') || words.includes('较')) addFrames(found, 'base', BASE, words);
  return found;
}

function addFrames(
  found: FoundFrame[],
  name: FoundFrame['name'],
  pattern: RegExp,
  words: string,
): void {
  for (const match of matchesOf(pattern, words)) {
    found.push({ name, match, end: match.index + match[0].length });
  }
}

/** What the sentence before the number says of its time, over what the segment said. */
function readSentence(
  reading: Reading,
  frames: readonly FoundFrame[],
  leadLength: number,
  part: string,
  reviewYear: number | null,
  planYear: number | null,
): void {
  let frame: FoundFrame | null = null;
  let base: FoundFrame | null = null;
  // FRAMES order breaks a tie at one index, as the list says.
  for (const found of frames) {
    if (found.end > leadLength) continue;
    if (found.name === 'base') {
      if (!base || found.match.index > base.match.index) base = found;
    } else if (
      !frame ||
      found.match.index > frame.match.index ||
      (found.match.index === frame.match.index &&
        FRAME_ORDER[found.name] >= FRAME_ORDER[frame.name])
    ) {
      frame = found;
    }
  }
  if (frame && frame.name !== 'base')
    applyFrame(reading, frame.name, frame.match, part, reviewYear, planYear);
  if (base && (!frame || base.match.index > frame.match.index)) {
    const from = base.match.groups?.year
      ? Number(base.match.groups.year)
      : (fiveYearPlanOf(base.match.groups?.plan)?.to ?? null);
    const to = reading.period?.to ?? reading.year;
    if (from !== null && to !== null && from < to) reading.period = { from, to };
  }
}

const FRAME_ORDER = Object.fromEntries(FRAMES.map(({ name }, index) => [name, index])) as Record<
  Frame | 'base',
  number
>;

function applyFrame(
  reading: Reading,
  frame: Frame,
  match: RegExpExecArray,
  part: string,
  reviewYear: number | null,
  planYear: number | null,
): void {
  const groups = match.groups ?? {};
  switch (frame) {
    case 'year': {
      const year = Number(groups.year);
      reading.year = year;
      reading.period = null;
      if (reviewYear !== null && year <= reviewYear) reading.kind = 'actual';
      else if (planYear !== null && year >= planYear && part !== 'review') reading.kind = 'target';
      // …，2035年人均地区生产总值达到…: a goal beyond the plan year covers the years up to it.
      if (planYear !== null && year > planYear)
        Object.assign(reading, { kind: 'target', period: { from: planYear, to: year } });
      return;
    }
    case 'past':
      if (part !== 'plan') return;
      Object.assign(reading, { kind: 'actual', year: reviewYear, period: null });
      return;
    case 'this-year':
      if (part !== 'plan') return;
      Object.assign(reading, { kind: 'target', year: planYear, period: null });
      return;
    case 'range':
      reading.period = { from: Number(groups.from), to: Number(groups.to) };
      return;
    case 'by': {
      // 到2030年 sets a goal beyond the plan year; 到2023年底 reports a result.
      const until = Number(groups.year ?? groups.year2);
      reading.year = until;
      reading.kind = planYear !== null && until >= planYear ? 'target' : 'actual';
      reading.period = planYear !== null && until > planYear ? { from: planYear, to: until } : null;
      return;
    }
    case 'plan': {
      const period = fiveYearPlanOf(groups.plan);
      if (!period) return;
      const sinceStart = match[0].endsWith('以来') && reviewYear !== null;
      reading.period = sinceStart ? { ...period, to: Math.min(period.to, reviewYear) } : period;
      if (planYear !== null && period.from >= planYear) reading.kind = 'target';
      else if (reviewYear !== null && period.to <= reviewYear) reading.kind = 'actual';
      return;
    }
    case 'ahead':
      if (planYear === null) return;
      Object.assign(reading, { kind: 'target', period: { from: planYear, to: planYear + 4 } });
      return;
    case 'back':
      if (reviewYear === null) return;
      Object.assign(reading, { kind: 'actual', period: { from: reviewYear - 4, to: reviewYear } });
      return;
    case 'span': {
      const years = parseChineseNumeral(groups.n ?? '') ?? Number(groups.n);
      if (reviewYear === null || !(years >= 2 && years <= 40) || part === 'plan') return;
      Object.assign(reading, {
        kind: 'actual',
        period: { from: reviewYear - years + 1, to: reviewYear },
      });
      return;
    }
    case 'since': {
      const from = Number(groups.year);
      if (reviewYear !== null && from < reviewYear) reading.period = { from, to: reviewYear };
      return;
    }
  }
}

/** …提高到 / 增至 / 降至 after the number: it is where a change started. */
const CHANGED_TO =
  /^[^，。；]{0,3}?(?:提高|提升|增加|增长|扩大|上升|下降|降低|减少|回落|压减|缩短|缩小|跃升|攀升)?(?:到|至)/u;

/**
 * 由16.3万亿元提高到…, 从1832户增加到3382户: the first number is the level the change started
 * from, a year before the one it reached (or the year written: 从2017年的5.9万元), and never
 * a goal. Returns whether it read one.
 */
function readBaseLevel(
  reading: Reading,
  candidate: Candidate,
  before: string,
  after: string,
  reviewYear: number | null,
): boolean {
  if (candidate.measure === 'growth' || candidate.measure === 'rank') return false;
  const base = mayHoldBase(before) ? BASE_LEVEL.exec(before) : null;
  if (!base) return false;
  // 从A提高到B: A started the change. 较“十三五”末的9323.1亿元 / 比2020年的…: A is the base itself.
  const fromTo = /^(?:从|由)/u.test(base[0]) && CHANGED_TO.test(after);
  if (!fromTo && !/^(?:比|较)/u.test(base[0])) return false;
  const stated = base.groups?.year ?? base.groups?.year2;
  const plan = FIVE_YEAR_PLAN.exec(base[0])?.groups?.plan;
  const planEnd = fiveYearPlanOf(plan)?.to;
  const start =
    reviewYear === null
      ? null
      : reading.kind === 'target'
        ? reviewYear
        : reading.period
          ? reading.period.from - 1
          : reviewYear - 1;
  reading.year = stated ? Number(stated) : (planEnd ?? start);
  reading.kind = 'actual';
  reading.period = null;
  return reading.year !== null;
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
  const baseLevel = mayHoldBase(before) ? BASE_LEVEL.exec(before) : null;
  if (baseLevel) {
    const stated = baseLevel.groups?.year ?? baseLevel.groups?.year2;
    reading.period = null;
    reading.year = stated ? Number(stated) : period.from - 1;
    return;
  }
  if (END_STATE.test(before) && !RUNNING_TOTAL.test(before.slice(-8))) {
    reading.period = null;
    reading.year = period.to;
  }
}
