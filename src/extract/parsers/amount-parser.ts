import type { Candidate, GroupLayout, Parser } from '../candidate.ts';
import { spansOf } from '../candidate.ts';
import { parseChineseNumeral } from '../chinese-numeral.ts';
import {
  measureOfUnit,
  QUANTITY_UNITS,
  WORD_CONTINUATIONS,
} from '../vocabulary/unit-vocabulary.ts';
import { alternation, ARABIC, CHINESE_DIGITS, HAN } from '../vocabulary/regex-fragments.ts';
import { leadAnchor, leadsOf, positionsOf } from '../matches-of.ts';
import {
  APPROX,
  CMP_AFTER,
  CMP_BEFORE,
  COMPARATOR_WORDS,
  subjectEndOf,
  candidateFrom,
} from './quantity-fragments.ts';

/** 三千五百 or 一万二千, but 三千五百万元 leaves 万 to the unit. */
const SMALL = '零〇一二两三四五六七八九十百千';
const CHINESE_NUMERAL = `[${SMALL}]{1,6}(?:[万亿][${SMALL}]{1,6})*`;

const NUMERAL = new RegExp(`[${SMALL}]`, 'gu');
const COMPARATOR_LEADS = leadsOf(COMPARATOR_WORDS);

/** Two lists of positions, each in order, as one in order. */
function inOrder(first: readonly number[], second: readonly number[]): number[] {
  const merged: number[] = [];
  let a = 0;
  let b = 0;
  while (a < first.length || b < second.length) {
    const next = (first[a] ?? Infinity) <= (second[b] ?? Infinity) ? first[a++] : second[b++];
    merged.push(next ?? 0);
  }
  return merged;
}

/** After a number and unit these make it a class or a name: 20万吨级, 400系, 30号, 350万吨项目. */
const CLASS_WORDS = /^(?:级|系|号|型|式|周年|百分点)/u;
const MILESTONE = /^(?:台阶|大关|关口)/u;
const NAMED_PLANT = /^(?:项目|工程|生产线|产线|基地)/u;
/** Counted in Chinese numerals these name a structure, not a quantity: 八个方面, 两个确立. */
const STRUCTURE_WORDS =
  /^(?:方面|方向|领域|确立|维护|务必|坚持|毫不动摇|中心|统筹|同步|规定|原则|要求|精神|行动|工程|计划|战略|制度|意识|自信|条例|大|中全会)/u;
const PARALLEL_COUNT = new RegExp(`^${HAN}{0,4}[两一二三四五六七八九十][个种项条大]`, 'u');
const PARALLEL_BEFORE = new RegExp(`[两一二三四五六七八九十][个种项条大]${HAN}{0,4}$`, 'u');
/** 全国六个试点城市之一 names a group the city belongs to, not a count. */
const ONE_OF = /^[^，。；]{0,10}之一/u;
/** A Chinese numeral after these is an ordinal or part of a name: 第三批, 十二届七次全会. */
const ORDINAL_BEFORE = new RegExp(`[第届${CHINESE_DIGITS}]$`, 'u');
/**
 * A unit's last character and the next one that make a longer word, not a unit: 上千万家庭,
 * 万人口, 3项目 (a unit followed by 庭 is 家庭).
 */
const WORD_CONTINUATION = new RegExp(
  `^(?:${Object.entries(WORD_CONTINUATIONS)
    .map(([last, next]) => `${last}[${next}]`)
    .join('|')})$`,
  'u',
);

/** The words around one match that the rejections read. */
interface AmountScene {
  /** From the end of the unit: 级 in 20万吨级. */
  afterUnit: string;
  /** After the whole match, comparator included. */
  after: string;
  /** The fourteen characters after the match: 六个试点城市之一. */
  afterLong: string;
  /** The character before the number: 第 in 第三批. */
  before: string;
  /** The eight characters before the number: 两个市场 before 两种资源. */
  lead: string;
  /** The unit's last character and the one after it: 家庭. */
  unitJoin: string;
  unit: string;
  measure: 'level' | 'count';
  /** Whether the number is a Chinese numeral (六个, 十余次). */
  chinese: boolean;
}

/** A reading a number is refused for: the pattern is tested on the words it `reads`. */
interface AmountRejection {
  reason: string;
  reads: Exclude<keyof AmountScene, 'unit' | 'measure' | 'chinese'>;
  pattern: RegExp;
  when?: (scene: AmountScene) => boolean;
}

const inChinese = (scene: AmountScene): boolean => scene.chinese;

/** Why a number with a unit is not an amount; the first row whose pattern matches refuses it. */
export const AMOUNT_REJECTIONS: readonly AmountRejection[] = [
  { reason: 'class or name after the unit', reads: 'afterUnit', pattern: CLASS_WORDS },
  { reason: 'duration in months', reads: 'after', pattern: /^月/u, when: (s) => s.unit === '个' },
  { reason: 'the unit starts a longer word', reads: 'unitJoin', pattern: WORD_CONTINUATION },
  {
    reason: 'capacity in the name of a plant',
    reads: 'afterUnit',
    pattern: NAMED_PLANT,
    when: (scene) => scene.measure === 'level',
  },
  {
    reason: 'ordinal or part of a name',
    reads: 'before',
    pattern: ORDINAL_BEFORE,
    when: inChinese,
  },
  {
    reason: 'structure, not a quantity',
    reads: 'after',
    pattern: STRUCTURE_WORDS,
    when: inChinese,
  },
  { reason: 'one of a group', reads: 'afterLong', pattern: ONE_OF, when: inChinese },
  // 两个市场两种资源 is a slogan of parallel counts, not a statistic.
  {
    reason: 'parallel counts of a slogan',
    reads: 'after',
    pattern: PARALLEL_COUNT,
    when: inChinese,
  },
  {
    reason: 'parallel counts of a slogan',
    reads: 'lead',
    pattern: PARALLEL_BEFORE,
    when: inChinese,
  },
  {
    reason: 'sessions of a meeting',
    reads: 'after',
    pattern: /^(?:[、和][一二三四五六七八九十]+次)?(?:全会|会议|党代会|大会)/u,
    when: (scene) => scene.chinese && scene.unit === '次',
  },
];

/** The reason the amount parser refuses this match, or null when it reads it. */
export function amountRejection(text: string, match: RegExpExecArray): string | null {
  return refusal(sceneOf(text, match));
}

function refusal(scene: AmountScene): string | null {
  for (const { when, pattern, reads, reason } of AMOUNT_REJECTIONS) {
    if ((!when || when(scene)) && pattern.test(scene[reads])) return reason;
  }
  return null;
}

function sceneOf(text: string, match: RegExpExecArray): AmountScene {
  const groups = match.groups ?? {};
  // 1.4万余处: the magnitude belongs to the unit (万处), and 余 says "more than".
  const unit = `${groups.magnitude ?? ''}${groups.unit ?? ''}`;
  const matchEnd = match.index + match[0].length;
  const unitEnd = matchEnd - (groups.cmpAfter?.length ?? 0);
  return {
    afterUnit: text.slice(unitEnd, matchEnd + 4),
    after: text.slice(matchEnd, matchEnd + 4),
    afterLong: text.slice(matchEnd, matchEnd + 14),
    before: text.slice(Math.max(0, match.index - 1), match.index),
    lead: text.slice(Math.max(0, match.index - 8), match.index),
    unitJoin: `${unit.at(-1) ?? ''}${text[unitEnd] ?? '\n'}`,
    unit,
    measure: measureOfUnit(unit),
    chinese: Boolean(groups.cn),
  };
}

const LAYOUT: GroupLayout = {
  head: [
    ['cmpBefore'],
    ['value', 'cn'],
    ['magnitude'],
    ['overMagnitude'],
    ['approx'],
    ['unit'],
    ['cmpAfter'],
  ],
};

/**
 * Amounts and counts with a unit:
 *   43539元  663.8亿元  5.2万亩  5250万人次  16个  51家  300余场  2000多个  十余次  两个产业
 * Rejected: 20万吨级航道 (a class), 一批 / 一个 (an article, not a count), 第三批 (an ordinal), and
 * the rest of AMOUNT_REJECTIONS.
 */
export const amountParser: Parser = {
  name: 'amount',
  pattern: new RegExp(
    `${CMP_BEFORE}(?:(?<value>${ARABIC})|(?<cn>${CHINESE_NUMERAL}))(?:(?<magnitude>万亿|亿|万|千)(?<overMagnitude>余|多))?${APPROX}(?<unit>${alternation(QUANTITY_UNITS)})${CMP_AFTER}`,
    'guy',
  ),
  // A Chinese numeral has no lookbehind: each of its characters may begin a match (十余次, 余次).
  anchorIn: ({ text, numberStarts }) =>
    leadAnchor(inOrder(numberStarts, positionsOf(NUMERAL, text)), COMPARATOR_LEADS),
  layout: LAYOUT,
  extract(context, match): Candidate | null {
    const groups = match.groups ?? {};
    const scene = sceneOf(context.text, match);
    if (refusal(scene) !== null) return null;
    const { unit, measure, afterUnit, before } = scene;
    let value: number;
    if (groups.cn) {
      const parsed = parseChineseNumeral(groups.cn);
      // Statistics are written in Arabic digits; a Chinese numeral counts only when it is
      // approximate (十余次, 上千万家), 两, or a compound (三千五百). 六个重点产业, 五个新城,
      // 一批 and 千亿斤 (a programme's name) are not indicators.
      const approximate = Boolean(groups.approx) || before === '上';
      const compound = groups.cn.length > 1 && parsed !== null && parsed > 10;
      if (parsed === null || !(approximate || groups.cn === '两' || compound)) return null;
      value = parsed;
    } else {
      value = Number(groups.value);
    }
    const approxPrefix = Boolean(groups.cn) && before === '上';
    const spans = spansOf(match, LAYOUT);
    return candidateFrom('amount', match, spans, {
      // 上千万: 上 says "more than" and is not part of the subject.
      subjectEnd: subjectEndOf(match, spans, ['cmpBefore', 'value', 'cn']) - (approxPrefix ? 1 : 0),
      measure,
      value,
      unit,
      // 迈上6万亿元台阶 / 突破4万亿元大关: a milestone passed, at least that much.
      comparator:
        approxPrefix || groups.overMagnitude || MILESTONE.test(afterUnit) ? 'gte' : undefined,
    });
  },
};
