import type { YearsFrom } from '../../dataset/dataset-schema.ts';
import { parseChineseNumeral } from '../chinese-numeral.ts';
import { fiveYearPlanName, YEAR } from '../vocabulary/regex-fragments.ts';
import { matchesOf } from '../matches-of.ts';

/** Years the user states (CLI --review-year/--plan-year, the upload view): they beat the text. */
export interface StatedYears {
  reviewYear: number;
  planYear: number;
}

export interface ReportYears {
  reviewYear: number | null;
  planYear: number | null;
  yearsFrom: YearsFrom | null;
}

/** A part heading as the years see it: its title and whether it reviews or plans. */
export interface YearHeading {
  title: string;
  part: 'review' | 'plan' | 'mixed' | null;
}

interface Vote {
  planYear: number;
  from: Exclude<YearsFrom, 'user'>;
  weight: number;
}

/** Strongest first: the order in which `yearsFrom` names the signal that decided. */
const SIGNALS: ReadonlyArray<Vote['from']> = ['heading', 'date-line', 'title', 'opening'];
const WEIGHTS: Readonly<Record<Vote['from'], number>> = {
  heading: 4,
  'date-line': 3,
  title: 2,
  opening: 1,
};

const CHINESE_YEAR_DIGITS: Readonly<Record<string, string>> = {
  〇: '0',
  零: '0',
  一: '1',
  二: '2',
  三: '3',
  四: '4',
  五: '5',
  六: '6',
  七: '7',
  八: '8',
  九: '9',
};

/** 2026 or 二〇二六: a year as a report writes it. */
const WRITTEN_YEAR = String.raw`(?:${YEAR}|[一二][〇零九][〇零一二三四五六七八九]{2})`;

export function yearValue(written: string): number | null {
  const digits = [...written].map((char) => CHINESE_YEAR_DIGITS[char] ?? char).join('');
  const year = Number(digits);
  return Number.isInteger(year) && year >= 1949 && year <= 2100 ? year : null;
}

/**
 * The years a long-range goal names (2035年远景目标, 到2030年) are not the report's: a year
 * counts only when nothing after it says it is a horizon.
 */
const HORIZON_AFTER = /^年(?:远景|前|以前|底前|的?(?:远景|中长期))/u;
const HORIZON_BEFORE = /(?:到|至|展望)$/u;

const WRITTEN_YEARS = new RegExp(WRITTEN_YEAR, 'gu');

function firstPlainYear(title: string): number | null {
  for (const match of matchesOf(WRITTEN_YEARS, title)) {
    const after = title.slice(match.index + match[0].length);
    const before = title.slice(0, match.index);
    if (!after.startsWith('年') || HORIZON_AFTER.test(after) || HORIZON_BEFORE.test(before))
      continue;
    return yearValue(match[0]);
  }
  return null;
}

/** ——2023年3月5日在第十四届全国人民代表大会… / ——二〇二六年一月二十七日在…: the day it was given. */
const DATE_LINE = new RegExp(
  String.raw`(?:^|[\n\r])[\s\u3000]*[—－\-]{1,2}[\s\u3000]*(?<year>${WRITTEN_YEAR})年[\d一二三四五六七八九十]{1,3}月[\d一二三四五六七八九十]{1,3}日[在於]`,
  'u',
);
/** 时间：2026-02-10 — the day a paper printed it, a little weaker than the date line. */
const PRINTED_ON = new RegExp(
  String.raw`(?:^|[\n\r])[\s\u3000]*(?:时间|日期|发布时间)[：:][\s\u3000]*(?<year>${YEAR})[-/.年]`,
  'u',
);
/** 2026年安徽省政府工作报告 / 北海市2024年政府工作报告, in the first lines only. */
const TITLE = new RegExp(String.raw`(?<year>${WRITTEN_YEAR})年[^\n。]{0,20}政府工作报告`, 'u');

/** The N-th five-year plan runs 1951 + 5N … 1955 + 5N from the fourth on (十四五 → 2021–2025). */
export function fiveYearPlan(numeral: string): { from: number; to: number } | null {
  const n = parseChineseNumeral(numeral);
  if (n === null || n < 4 || n > 20) return null;
  return { from: 1951 + 5 * n, to: 1955 + 5 * n };
}

/** The plan a captured digit names (四 → 十四五 → 2021–2025), as `fiveYearPlanName('plan')` reads it. */
export function fiveYearPlanOf(digit: string | undefined): { from: number; to: number } | null {
  return digit ? fiveYearPlan(`十${digit}`) : null;
}

/** Openings that date the report without a heading: each is one weak vote for a plan year. */
const OPENINGS: ReadonlyArray<{
  pattern: RegExp;
  planYear: (match: RegExpMatchArray) => number | null;
}> = [
  // 刚刚过去的2025年 / 过去的2025年
  {
    pattern: new RegExp(String.raw`过去的(?<year>${WRITTEN_YEAR})年`, 'gu'),
    planYear: (match) => plus(yearValue(match.groups?.year ?? ''), 1),
  },
  // 今年是“十五五”开局之年 / 今年是“十四五”规划收官之年
  {
    pattern: new RegExp(
      `今年是[^。，]{0,20}?${fiveYearPlanName('plan')}(?:规划)?的?(?<end>开局|起步|收官|最后一|第一)`,
      'gu',
    ),
    planYear: (match) => {
      const plan = fiveYearPlanOf(match.groups?.plan);
      if (!plan) return null;
      return /开局|起步|第一/u.test(match.groups?.end ?? '') ? plan.from : plan.to;
    },
  },
  // 今年是中华人民共和国成立75周年 / 中国共产党成立105周年: anniversaries date the year.
  {
    pattern:
      /今年是[^。]{0,20}?(?<founding>中华人民共和国|新中国|中国共产党|建党)成立(?<years>\d{2,3}|[一二三四五六七八九十百]{2,5})周年/gu,
    planYear: (match) => {
      const written = match.groups?.years ?? '';
      const years = Number(written) || parseChineseNumeral(written);
      if (!years) return null;
      return (/共产党|建党/u.test(match.groups?.founding ?? '') ? 1921 : 1949) + years;
    },
  },
  // 2025年是“十四五”收官之年 / 2023年是很不平凡的一年: a year named and looked back on. A year
  // that 是…开局之年 is left out: 2023年是全面贯彻二十大精神的开局之年 is read back in 2024.
  {
    pattern: new RegExp(
      String.raw`(?<![\d〇零一二三四五六七八九])(?<year>${WRITTEN_YEAR})年是[^。，]{0,30}?(?:收官之年|一年)`,
      'gu',
    ),
    planYear: (match) => plus(yearValue(match.groups?.year ?? ''), 1),
  },
];

function plus(year: number | null, offset: number): number | null {
  return year === null ? null : year + offset;
}

/**
 * Every signal a report gives of its years votes for a plan year: part headings (2023年工作回顾
 * reviews 2023, so plans 2024), the date line, the title line, and openings such as 今年是“十五五”
 * 开局之年. The plan year with the most weight wins; the review year is the one before. A report
 * that gives no signal gets null years: never a guess.
 */
export function findYears(text: string, headings: readonly YearHeading[]): ReportYears {
  const votes: Vote[] = [];
  for (const heading of headings) {
    const year = firstPlainYear(heading.title);
    if (year === null || heading.part === null) continue;
    // 一、2019年和今年以来工作回顾 reviews 2019; 二、2020年主要任务 plans 2020.
    const reviews =
      heading.part === 'review' || (heading.part === 'mixed' && /回顾|成就/u.test(heading.title));
    votes.push({ planYear: reviews ? year + 1 : year, from: 'heading', weight: WEIGHTS.heading });
  }
  const dated = DATE_LINE.exec(text)?.groups?.year;
  const datedYear = dated ? yearValue(dated) : null;
  if (datedYear !== null)
    votes.push({ planYear: datedYear, from: 'date-line', weight: WEIGHTS['date-line'] });
  const printed = PRINTED_ON.exec(text.slice(0, 400))?.groups?.year;
  if (printed) votes.push({ planYear: Number(printed), from: 'date-line', weight: 1 });
  const titled = TITLE.exec(text.slice(0, 300))?.groups?.year;
  const titledYear = titled ? yearValue(titled) : null;
  if (titledYear !== null)
    votes.push({ planYear: titledYear, from: 'title', weight: WEIGHTS.title });
  for (const { pattern, planYear } of OPENINGS) {
    for (const match of matchesOf(pattern, text)) {
      const year = planYear(match);
      if (year !== null) votes.push({ planYear: year, from: 'opening', weight: WEIGHTS.opening });
    }
  }
  return tally(votes);
}

function tally(votes: readonly Vote[]): ReportYears {
  const totals = new Map<number, number>();
  for (const vote of votes)
    totals.set(vote.planYear, (totals.get(vote.planYear) ?? 0) + vote.weight);
  const [winner] = [...totals.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0]);
  if (!winner) return { reviewYear: null, planYear: null, yearsFrom: null };
  const planYear = winner[0];
  const from = SIGNALS.find((signal) =>
    votes.some((vote) => vote.planYear === planYear && vote.from === signal),
  );
  return { reviewYear: planYear - 1, planYear, yearsFrom: from ?? null };
}
