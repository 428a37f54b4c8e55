import type { Candidate, RefiningContext } from '../candidate.ts';
import { DATE_YEAR, DECIMAL, HAN, HAN_CHARS, NUMBER_START } from '../vocabulary/regex-fragments.ts';
import {
  CLASS_THRESHOLD,
  classThresholdStart,
  THRESHOLD,
} from '../vocabulary/subject-vocabulary.ts';
import type { Anchor } from '../matches-of.ts';
import { afterWordsAnchor, matchesOf } from '../matches-of.ts';
import { byStart } from '../candidate.ts';
import { numberStarts } from '../parsers/quantity-fragments.ts';

/**
 * Spans whose numbers are not indicators:
 *   names in quotes or book-title marks  “1+6”系列文件  “千企技改”  《…2023…》
 *   dates and years used as labels        2023年  12月  1月1日起  2023行动  1953年以来
 *   anniversaries and durations           75周年  期盼13年  3个月
 *   ordinals                              第十七届  第三批  第四海洋研究所
 *   model and serial names                C919  5G  1号生产线  400系  “7+3”
 */
/** A pattern of numbers that are not indicators; `when` checks what a lookbehind would, cheaply. */
interface Exclusion {
  reason: string;
  pattern: RegExp;
  when?: (text: string, start: number) => boolean;
  /** Where a match can start at the earliest, for a pattern that opens with optional words. */
  anchor?: Anchor;
  /**
   * The pattern can start only where a number does, at an ASCII digit after neither a digit nor a
   * point (NUMBER_START, or a lookbehind that needs 期 before the digit): it is tried at each
   * number's start, found once for all such patterns, instead of scanning the text itself.
   */
  atNumbers?: true;
}

/** The words a step or batch follows: 连跨2个台阶, 分两批. */
const STEP_WORDS = ['连跨', '跨上', '跨越', '跨过', '迈过', '分'];

const EXCLUSIONS: readonly Exclusion[] = [
  {
    reason: 'name in quotes',
    pattern: /“[^“”\n]{1,40}”|"[^"\n]{1,40}"|「[^「」\n]{1,40}」|‘[^‘’\n]{1,20}’/gu,
  },
  { reason: 'title of a document', pattern: /《[^《》\n]{1,80}》/gu },
  {
    reason: 'date',
    atNumbers: true,
    pattern: new RegExp(
      String.raw`${NUMBER_START}${DATE_YEAR}年(?:\d{1,2}月(?:\d{1,2}日)?)?(?:以来|前|底|末|初)?`,
      'gu',
    ),
  },
  {
    reason: 'date',
    atNumbers: true,
    pattern: new RegExp(
      String.raw`${NUMBER_START}\d{1,2}月(?:\d{1,2}日)?(?:份|底|初|末|中旬|上旬|下旬|起)?`,
      'gu',
    ),
  },
  {
    reason: 'year as a label',
    atNumbers: true,
    pattern: new RegExp(
      String.raw`${NUMBER_START}${DATE_YEAR}(?=\s{0,8}[—\-~至到]\s{0,8}${DATE_YEAR}年|行动|版|年度)`,
      'gu',
    ),
  },
  {
    reason: 'anniversary or duration',
    atNumbers: true,
    pattern: new RegExp(
      String.raw`${NUMBER_START}${DECIMAL}(?:周年|个?年(?!度)|个月|小时|周(?!年)|分钟|个?工作日)`,
      'gu',
    ),
  },
  { reason: 'ordinal', pattern: /第[\d零〇一二两三四五六七八九十百千]+/gu },
  {
    reason: 'model or serial name',
    pattern:
      /(?<![A-Za-z])[A-Za-z]+-?\d+[A-Za-z\d]*|(?<!\d)\d+(?:[A-Za-z]+|\+\d+|号|(?:\.\d+)?版)/gu,
  },
  // 出台促进房地产平稳健康发展11条措施: the number names a policy package, it is not a result.
  {
    reason: 'name of a policy package',
    atNumbers: true,
    pattern: new RegExp(
      String.raw`${NUMBER_START}\d+(?:条|项)(?=(?:政策措施|措施|举措|支持政策|政策|具体措施|意见))`,
      'gu',
    ),
  },
  { reason: 'threshold in a name', pattern: CLASS_THRESHOLD, anchor: classThresholdStart },
  // 年应纳税所得额不到100万元的部分: the bracket of a rule, not an amount.
  {
    reason: 'bracket of a rule',
    atNumbers: true,
    pattern: new RegExp(
      String.raw`${NUMBER_START}${DECIMAL}[万亿千百]?元(?=(?:以下|以上)?的部分)`,
      'gu',
    ),
  },
  // 24个主要指标, 16个预期性指标: the make-up of a plan, not a result.
  {
    reason: 'plan bookkeeping',
    atNumbers: true,
    pattern: new RegExp(
      String.raw`${NUMBER_START}\d+(?:个|项)(?=(?:主要|预期性|约束性|核心)?指标)`,
      'gu',
    ),
  },
  // 8个1类新药: a category in a name.
  {
    reason: 'category in a name',
    atNumbers: true,
    pattern: new RegExp(String.raw`${NUMBER_START}\d+类(?=${HAN})`, 'gu'),
  },
  // 连跨2个万亿元台阶 / 分两批: steps and batches, not amounts. Tried only where a step word
  // ends: the lookbehind after the first numeral ran at every digit of the text.
  {
    reason: 'steps or batches',
    pattern: new RegExp(
      String.raw`[\d两二三四五六七八九十](?<=(?:${STEP_WORDS.join('|')}).)[\d两二三四五六七八九十]*(?:个|批|次)(?=${HAN}{0,8}?(?:台阶|发布|实施|推进|下达)|[^${HAN_CHARS}])`,
      'guy',
    ),
    anchor: afterWordsAnchor(STEP_WORDS),
  },
  // 连续3次 / 连续16个季度: a streak, not an amount. Tried only after 连续, not at every position.
  {
    reason: 'streak',
    pattern: /(?<=连续)[\d一二两三四五六七八九十]+(?:次|年|个?季度|个月|届|轮|周|期)/guy,
    anchor: afterWordsAnchor(['连续']),
  },
  // 大型海工装备制造、生态铝两个产业: the size of a list just named, not a statistic.
  {
    reason: 'size of a list',
    pattern: /[两二三四五六七八九十](?=个|家|项|大)/gu,
    when: (text, start) => /、[^，。；、]{1,20}$/u.test(text.slice(Math.max(0, start - 21), start)),
  },
  // 绿色生态铝一期200万吨: the capacity in a project's name.
  {
    reason: 'capacity in a name',
    atNumbers: true,
    pattern: new RegExp(
      // A DECIMAL whose first digit comes before the lookbehind (as for steps above).
      String.raw`\d(?<=[一二三四五]期\d)\d*(?:\.\d+)?[万千百]?(?:吨|千瓦|台|辆|套)`,
      'gu',
    ),
  },
  {
    reason: 'class of a thing',
    atNumbers: true,
    pattern: new RegExp(String.raw`${NUMBER_START}${DECIMAL}[万千百]?(?:吨|千瓦|伏|瓦)?级`, 'gu'),
  },
  {
    // 10亿元以上项目, 亿元以上产业项目: a threshold that names a class of things, not an amount.
    reason: 'threshold in a name',
    pattern: THRESHOLD,
    atNumbers: true,
  },
  // 公交与轨道50米内换乘比例, 15公里范围内: a distance that bounds a name, not an amount.
  {
    reason: 'distance in a name',
    atNumbers: true,
    pattern: new RegExp(
      String.raw`${NUMBER_START}${DECIMAL}(?:米|公里|千米)(?:范围)?(?:内|以内)(?=${HAN})`,
      'gu',
    ),
  },
  { reason: 'page marker', pattern: /[上下]转\d+版|[上下]接\d+版/gu },
];

export interface ExcludedSpan {
  start: number;
  end: number;
  reason: string;
}

/** Each exclusion with, for one tried at each number's start (atNumbers), its sticky copy. */
const SCANS = EXCLUSIONS.map((exclusion) => ({
  ...exclusion,
  atNumber: exclusion.atNumbers
    ? new RegExp(exclusion.pattern.source, `${exclusion.pattern.flags}y`)
    : null,
}));

/** The sticky exclusions with their anchors, for the test that they find what a full scan finds. */
export const ANCHORED_EXCLUSION_SCANS: ReadonlyArray<{ pattern: RegExp; anchor: Anchor }> =
  EXCLUSIONS.flatMap(({ pattern, anchor }) =>
    pattern.sticky && anchor ? [{ pattern, anchor }] : [],
  );

/** The exclusions tried at each number's start, for the test that they find what a scan finds. */
export const NUMBER_LED_EXCLUSIONS: readonly RegExp[] = EXCLUSIONS.filter(
  (exclusion) => exclusion.atNumbers,
).map((exclusion) => exclusion.pattern);

/** `starts` are where the text's numbers start (numberStarts). */
export function findExcludedSpans(
  text: string,
  starts: readonly number[] = numberStarts(text),
): ExcludedSpan[] {
  const spans: ExcludedSpan[] = [];
  for (const { reason, pattern, when, anchor, atNumber } of SCANS) {
    if (atNumber) {
      // As a scan of the text would: the next match starts where the last one ended, or after.
      let end = 0;
      for (const start of starts) {
        if (start < end) continue;
        atNumber.lastIndex = start;
        const match = atNumber.exec(text);
        if (!match) continue;
        end = atNumber.lastIndex;
        if (when && !when(text, start)) continue;
        spans.push({ start, end, reason });
      }
      continue;
    }
    for (const match of matchesOf(pattern, text, anchor)) {
      if (when && !when(text, match.index)) continue;
      spans.push({ start: match.index, end: match.index + match[0].length, reason });
    }
  }
  return spans.sort(byStart);
}

/** Names and dates are short: a span never reaches further back than this. */
const LONGEST_SPAN = 120;

/** Drops candidates whose number lies in a name, date or ordinal. A rank's 第二 is its own. */
export function exclusionRefiner(
  context: RefiningContext,
  candidates: readonly Readonly<Candidate>[],
): Candidate[] {
  const spans = context.excluded as readonly ExcludedSpan[];
  const kept: Candidate[] = [];
  for (const candidate of candidates) if (!isExcluded(spans, candidate)) kept.push(candidate);
  return kept;
}

function isExcluded(spans: readonly ExcludedSpan[], candidate: Readonly<Candidate>): boolean {
  // The last span that starts before the number ends, then back over the few that may reach it.
  let low = 0;
  let high = spans.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if ((spans[middle]?.start ?? Infinity) < candidate.end) low = middle + 1;
    else high = middle - 1;
  }
  for (let index = high; index >= 0; index -= 1) {
    const span = spans[index];
    if (!span || span.start < candidate.start - LONGEST_SPAN) break;
    if (span.end <= candidate.start) continue;
    if (!(candidate.rule === 'rank' && span.reason === 'ordinal')) return true;
  }
  return false;
}
