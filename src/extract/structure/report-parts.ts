import type { Period } from '../../dataset/dataset-schema.ts';
import { parseChineseNumeral } from '../chinese-numeral.ts';
import type { YearHeading } from './report-years.ts';
import { fiveYearPlanOf, yearValue } from './report-years.ts';
import { OWN_PLACE_PREFIXES } from '../vocabulary/place-vocabulary.ts';
import { alternation, fiveYearPlanName, ONE_TO_NINE, YEAR } from '../vocabulary/regex-fragments.ts';
import type { Anchor } from '../matches-of.ts';
import { afterCharAnchor, matchesOf } from '../matches-of.ts';

export type Part = 'review' | 'plan' | 'other';

/** What a stretch of text speaks of: one year's results or goals, or several years'. */
export interface Mode {
  part: Part;
  period: Period | null;
}

/** A stretch of text, a paragraph or more, read in one mode. */
export interface Segment extends Mode {
  start: number;
  end: number;
}

export interface Heading extends YearHeading {
  start: number;
  titleEnd: number;
}

/**
 * A numbered part heading starts a line, after any indent (U+3000, U+2003, spaces, tabs), or in a
 * report that arrives as one line follows the spaces that join its paragraphs; it ends where the
 * line or the run of spaces does. 一、2023年工作回顾 and 一、一年接着一年干，新福建… are parts;
 * 一、二、三产增加值 (inside a sentence, after a comma) is not.
 *
 * The lookbehind follows the numeral's first character, (?<=(?:^|\s).): first it would run at
 * every position of the text, and now only where a numeral is.
 */
const PART_HEADING =
  /(?<num>[一二三四五六七八九十](?<=(?:^|\s).)[一二三四五六七八九十]{0,2})、(?<title>[^\s。；！？]{2,60})(?=\s|$)/dgu;
/**
 * An unnumbered part heading is a whole short line: “十四五”时期工作回顾, 2026年重点工作. Sticky, and
 * tried only at line starts (LINE_START), not at every position.
 */
const BARE_HEADING =
  /(?<=^|[\n\r])[^\S\n\r]*(?<title>[^\s。，；：！？、]{4,30})[^\S\n\r]*(?=[\n\r])/dguy;
const LINE_START = afterCharAnchor('\n\r');
/** …主要做了以下工作。 / …重点抓了以下几个方面： : the subsections that follow belong to it. */
const ANNOUNCES = /(?:以下|如下|下列)[^。：]{0,8}[。：:]?$|[：:]$/u;
/** The longest ANNOUNCES match: only a paragraph's last characters are searched, not all of it. */
const ANNOUNCES_REACH = 11;
const SUBSECTION_START = /^\s*[（(][一二三四五六七八九十]{1,3}[）)]/u;
/** （一）优化营商环境 after a line break or a space; the lookbehind follows the bracket (as above). */
export const SUBSECTION_HEADING =
  /[（(](?<=(?:^|\s).)(?<num>[一二三四五六七八九十]{1,3})[）)](?<title>[^\n\r。！；]{2,60})/dgu;

const REVIEW_WORDS = /回顾|过去一年|过去五年|五年来|一年来|去年工作|发展成就|工作总结/u;
const PLAN_WORDS =
  /安排|任务|目标|今年|总体要求|政策取向|工作建议|主要预期|重点工作|主要考虑|部署|建议/u;

function headingPart(title: string): YearHeading['part'] {
  const review = REVIEW_WORDS.exec(title);
  const plan = PLAN_WORDS.exec(title);
  if (review && plan) return 'mixed';
  return review ? 'review' : plan ? 'plan' : null;
}

export function findPartHeadings(text: string): Heading[] {
  const numbered = collect(text, PART_HEADING, true);
  if (numbered.some(saysItsPart)) return numbered;
  // Without numbers, only a line that says it reviews or plans is a part (甘肃: “十四五”时期工作回顾).
  const bare = collect(text, BARE_HEADING, false, LINE_START).filter(isBarePart);
  return bare.length > 0 ? bare : numbered;
}

/** Module functions, not callbacks made per call: see isNotEmpty in subject-words. */
const saysItsPart = (heading: Heading): boolean => heading.part !== null;
const isBarePart = (heading: Heading): boolean =>
  heading.part !== null && !/^各位代表/u.test(heading.title);

function collect(text: string, pattern: RegExp, numbered: boolean, anchor?: Anchor): Heading[] {
  const headings: Heading[] = [];
  for (const match of matchesOf(pattern, text, anchor)) {
    if (numbered && parseChineseNumeral(match.groups?.num ?? '') === null) continue;
    const title = (match.groups?.title ?? '').trim();
    const [titleStart, titleEnd] = match.indices?.groups?.title ?? [match.index, match.index];
    headings.push({
      start: numbered ? match.index : titleStart,
      titleEnd,
      title,
      part: headingPart(title),
    });
  }
  return headings;
}

const FIVE_YEAR_PLAN = new RegExp(`${fiveYearPlanName('plan')}(?:规划)?`, 'u');

/** The years a five-year plan or “the past/next five years” covers, as the words say. */
function fiveYears(words: string, years: Years, looking: 'back' | 'ahead'): Period | null {
  const plan = fiveYearPlanOf(FIVE_YEAR_PLAN.exec(words)?.groups?.plan);
  if (plan) return plan;
  if (looking === 'back' && years.reviewYear !== null)
    return { from: years.reviewYear - 4, to: years.reviewYear };
  if (looking === 'ahead' && years.planYear !== null)
    return { from: years.planYear, to: years.planYear + 4 };
  return null;
}

interface Years {
  reviewYear: number | null;
  planYear: number | null;
}

/**
 * Paragraph openings that say what follows: one year (过去一年, 一年来, 刚刚过去的2025年) or five
 * (五年来, 这五年, “十四五”时期), looking back or ahead (今后五年, “十五五”时期, 今年). `holds` is a
 * word every match holds: an opening without it is not searched (most openings hold neither 年
 * nor 五, and every paragraph of a report is read).
 */
const CUES: ReadonlyArray<{
  holds: string;
  pattern: RegExp;
  mode: (match: RegExpExecArray, years: Years) => Mode | null;
}> = [
  {
    holds: '年',
    pattern: /过去一年|一年来|^去年/gu,
    mode: () => ({ part: 'review', period: null }),
  },
  {
    holds: '年',
    pattern: new RegExp(String.raw`(?<year>${YEAR})年(?!底|末|前|以前)`, 'gu'),
    mode: (match, years) => {
      const year = yearValue(match.groups?.year ?? '');
      if (year === null) return null;
      const rest = match.input.slice(match.index + match[0].length);
      // 2025年是“十四五”收官之年 turns from the year to the five years: it says neither.
      if (/^是[^。，]{0,20}收官之年/u.test(rest)) return null;
      if (match.input.slice(match.index + match[0].length).startsWith('以来'))
        return years.reviewYear !== null && year < years.reviewYear
          ? { part: 'review', period: { from: year, to: years.reviewYear } }
          : null;
      if (year === years.reviewYear) return { part: 'review', period: null };
      if (year === years.planYear) return { part: 'plan', period: null };
      return null;
    },
  },
  {
    holds: '五',
    pattern: new RegExp(
      String.raw`过去的?五年|五年来|这五年|五年间|近五年|的五年(?=[。，])|回望“十${ONE_TO_NINE}五”`,
      'gu',
    ),
    mode: (match, years) => ({ part: 'review', period: fiveYears(match[0], years, 'back') }),
  },
  {
    holds: '五年',
    pattern: /今后五年|未来五年/gu,
    mode: (_match, years) => ({ part: 'plan', period: fiveYears('', years, 'ahead') }),
  },
  {
    holds: '五',
    pattern: new RegExp(`“十${ONE_TO_NINE}五”(?:规划)?(?:时期|期间)`, 'gu'),
    mode: (match, years) => {
      const period = fiveYears(match[0], years, 'back');
      if (!period) return null;
      if (years.planYear !== null && period.from >= years.planYear) return { part: 'plan', period };
      if (years.reviewYear !== null && period.to <= years.reviewYear)
        return { part: 'review', period };
      return null;
    },
  },
  {
    holds: '今年',
    pattern: /^今年/gu,
    mode: () => ({ part: 'plan', period: null }),
  },
];

/** Where a paragraph's opening words are: after 各位代表！ and a leading dash. */
const OPENING_NOISE = /^(?:[\s\u3000]|各位代表[！!，,：:]?|——|—)+/u;

/** The first cue in the opening words of a paragraph that the part allows. */
function openingMode(paragraph: string, years: Years, allowed: ReadonlySet<Part>): Mode | null {
  const opening = paragraph.replace(OPENING_NOISE, '').slice(0, 60);
  let best: { index: number; mode: Mode } | null = null;
  for (const cue of CUES) {
    if (!opening.includes(cue.holds)) continue;
    for (const match of matchesOf(cue.pattern, opening)) {
      if (best && match.index >= best.index) break;
      const mode = cue.mode(match, years);
      if (mode && allowed.has(mode.part)) {
        best = { index: match.index, mode };
        break;
      }
    }
  }
  return best?.mode ?? null;
}

/** 过去五年工作回顾 / “十四五”时期发展成就: a heading about five years. */
const FIVE_YEARS_HEADING = new RegExp(`五年|${fiveYearPlanName()}(?:规划)?(?:时期|期间)`, 'u');

/** The mode a part heading sets: its first cue, else what its words say. */
function headingMode(heading: Heading, years: Years): Mode | null {
  if (heading.part === null) return null;
  const allowed = new Set<Part>(heading.part === 'mixed' ? ['review', 'plan'] : [heading.part]);
  const cued = openingMode(
    heading.title.replace(/^[^\s]*?(?=\d{4}年|“|过去|今后)/u, ''),
    years,
    allowed,
  );
  if (cued) return cued;
  const five = FIVE_YEARS_HEADING.test(heading.title);
  const part = heading.part === 'mixed' ? 'review' : heading.part;
  const period = five
    ? fiveYears(heading.title, years, part === 'review' ? 'back' : 'ahead')
    : null;
  return { part, period };
}

/**
 * Paragraphs end at a line break, or in a one-line report at the spaces that join them after a
 * sentence ends (。！？” then one or two spaces or an indent).
 */
/** Line breaks, or spaces after a sentence's end; the lookbehind follows the first space (as above). */
const PARAGRAPH_BREAK = /[\n\r]+|[ \t\u3000\u2003](?<=[。！？”：；）].)[ \t\u3000\u2003]*/gu;

function paragraphs(
  text: string,
  start: number,
  end: number,
): Array<{ start: number; end: number }> {
  const found: Array<{ start: number; end: number }> = [];
  const slice = text.slice(start, end);
  let cursor = 0;
  for (const match of matchesOf(PARAGRAPH_BREAK, slice)) {
    if (match.index > cursor) found.push({ start: start + cursor, end: start + match.index });
    cursor = match.index + match[0].length;
  }
  if (cursor < slice.length) found.push({ start: start + cursor, end });
  return found;
}

export interface PartSpan extends Segment {
  title: string;
  titleEnd: number;
}

/**
 * Reads the parts (from their headings, or for unheaded reports from their openings) and cuts
 * each into segments: paragraphs inherit the mode of the one before until an opening changes it,
 * within what the part allows: a review part reads one year or five looking back, a plan part one
 * year or several ahead, a part that does both (“十四五”时期发展成就和“十五五”时期主要目标) either.
 */
export function readParts(
  text: string,
  headings: readonly Heading[],
  years: Years,
): { parts: PartSpan[]; segments: Segment[] } {
  const parts: PartSpan[] = [];
  const segments: Segment[] = [];
  let previous: Part = 'other';
  // A loop, not forEach: see isNotEmpty in subject-words.
  for (let index = 0; index < headings.length; index += 1) {
    const heading = headings[index] as Heading;
    const end = headings[index + 1]?.start ?? text.length;
    const body = paragraphs(text, heading.titleEnd, end);
    const allowed = new Set<Part>(
      heading.part === 'review'
        ? ['review']
        : heading.part === 'plan'
          ? ['plan']
          : ['review', 'plan'],
    );
    // A part whose heading is a slogan (三、一鼓作气勇争先…) says what it is in its first paragraph;
    // one that never says, after the plan (三、全面加强政府自身建设), still looks ahead.
    const firstBody = body.find(isLongParagraph);
    let mode: Mode = headingMode(heading, years) ??
      (firstBody && openingMode(text.slice(firstBody.start, firstBody.end), years, allowed)) ?? {
        part: previous === 'plan' ? 'plan' : 'other',
        period: null,
      };
    parts.push({
      start: heading.start,
      end,
      title: heading.title,
      titleEnd: heading.titleEnd,
      part: mode.part,
      period: mode.period,
    });
    previous = mode.part;
    if (mode.part === 'other') {
      segments.push({ start: heading.start, end, part: mode.part, period: mode.period });
      continue;
    }
    // A slogan-headed part keeps to what its first paragraph said it is.
    if (heading.part === null)
      for (const part of allowed) if (part !== mode.part) allowed.delete(part);
    let segmentStart = heading.start;
    const initial = mode;
    // Whether the paragraph that set the mode announced what follows (主要做了以下工作).
    let announced = false;
    for (const paragraph of body) {
      const words = text.slice(paragraph.start, paragraph.end);
      // A subsection （一）… starts over in the part's own mode: a five-year aside does not run
      // on, unless it announced the subsections as its own.
      const opened = openingMode(words, years, allowed);
      const cued = opened ?? (SUBSECTION_START.test(words) && !announced ? initial : null);
      if (cued && (cued.part !== mode.part || !samePeriod(cued.period, mode.period))) {
        segments.push({
          start: segmentStart,
          end: paragraph.start,
          part: mode.part,
          period: mode.period,
        });
        segmentStart = paragraph.start;
        mode = cued;
        announced = false;
      }
      if (!SUBSECTION_START.test(words) && ANNOUNCES.test(words.slice(-ANNOUNCES_REACH)))
        announced = true;
    }
    segments.push({ start: segmentStart, end, part: mode.part, period: mode.period });
  }
  return { parts, segments: segments.filter(isNotEmptySpan) };
}

const isLongParagraph = (paragraph: { start: number; end: number }): boolean =>
  paragraph.end - paragraph.start > 20;
const isNotEmptySpan = (segment: Segment): boolean => segment.end > segment.start;

function samePeriod(a: Period | null, b: Period | null): boolean {
  return a?.from === b?.from && a?.to === b?.to;
}

/** Where a paragraph or sentence opens: the text's start, a line break, 。 or a space. */
const OPENING_BOUNDARY = String.raw`(?:^|[\n\r。]|\s)`;

/**
 * `first` then `rest`, opening a paragraph or sentence. The lookbehind follows `first`
 * (first(?<=…first)rest, as in PART_HEADING): leading the pattern, it ran at every position of
 * the text; now the engine looks for the first characters (过, 今, a year's 1 or 2).
 */
function opening(first: string, rest: string): string {
  return `${first}(?<=${OPENING_BOUNDARY}${first})${rest}`;
}

/** Unheaded reports: a paragraph that opens like this starts the review or the plan. */
const REVIEW_OPENING = new RegExp(
  [opening('过', '去一年'), opening('一', '年来'), opening(YEAR, '年[，,]我们')].join('|'),
  'gu',
);
const PLAN_OPENING = new RegExp(
  [
    opening(
      '今',
      `年(?:${alternation(OWN_PLACE_PREFIXES)})?(?:经济社会发展的?|发展)?主要(?:预期)?目标`,
    ),
    opening('今', '年政府工作'),
    opening(YEAR, '年(?:是|工作的总体要求)'),
  ].join('|'),
  'gu',
);

/** The sticky patterns with their anchors, for the test that they find what a full scan finds. */
export const ANCHORED_PART_SCANS: ReadonlyArray<{ pattern: RegExp; anchor: Anchor }> = [
  { pattern: BARE_HEADING, anchor: LINE_START },
];

/** The opening patterns, for the test that they find what a leading lookbehind finds. */
export const OPENING_PATTERNS = { review: REVIEW_OPENING, plan: PLAN_OPENING } as const;

/** Where the parts begin when the report has no part headings at all. */
export function openingHeadings(text: string): Heading[] {
  const review = matchesOf(REVIEW_OPENING, text).next().value;
  const plan = [...matchesOf(PLAN_OPENING, text)].find(
    (match) => !review || match.index > review.index,
  );
  const headings: Heading[] = [];
  if (review)
    headings.push({ start: review.index, titleEnd: review.index, title: '', part: 'review' });
  if (plan) headings.push({ start: plan.index, titleEnd: plan.index, title: '', part: 'plan' });
  return headings;
}
