import type { Candidate, Parser } from '../candidate.ts';
import { parseChineseNumeral } from '../chinese-numeral.ts';
import {
  measureOfUnit,
  QUANTITY_UNITS,
  WORD_CONTINUATIONS,
} from '../vocabulary/unit-vocabulary.ts';
import { alternation, ARABIC, CHINESE_DIGITS, HAN } from '../vocabulary/regex-fragments.ts';
import {
  APPROX,
  CMP_AFTER,
  CMP_BEFORE,
  subjectEndOf,
  candidateFrom,
} from './quantity-fragments.ts';

/** 三千五百 or 一万二千, but 三千五百万元 leaves 万 to the unit. */
const SMALL = '零〇一二两三四五六七八九十百千';
const CHINESE_NUMERAL = `[${SMALL}]{1,6}(?:[万亿][${SMALL}]{1,6})*`;

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
 * Amounts and counts with a unit:
 *   43539元  663.8亿元  5.2万亩  5250万人次  16个  51家  300余场  2000多个  十余次  两个产业
 * Rejected: 20万吨级航道 (a class), 一批 / 一个 (an article, not a count), 第三批 (an ordinal).
 */
export const amountParser: Parser = {
  name: 'amount',
  pattern: new RegExp(
    `${CMP_BEFORE}(?:(?<value>${ARABIC})|(?<cn>${CHINESE_NUMERAL}))(?:(?<magnitude>万亿|亿|万|千)(?<overMagnitude>余|多))?${APPROX}(?<unit>${alternation(QUANTITY_UNITS)})${CMP_AFTER}`,
    'gdu',
  ),
  extract(context, match): Candidate | null {
    const groups = match.groups ?? {};
    // 1.4万余处: the magnitude belongs to the unit (万处), and 余 says "more than".
    const unit = `${groups.magnitude ?? ''}${groups.unit ?? ''}`;
    const matchEnd = match.index + match[0].length;
    const after = context.text.slice(matchEnd, matchEnd + 4);
    const afterUnit = context.text.slice(matchEnd - (groups.cmpAfter?.length ?? 0), matchEnd + 4);
    if (CLASS_WORDS.test(afterUnit)) return null;
    if (unit === '个' && after.startsWith('月')) return null;
    const unitEnd = matchEnd - (groups.cmpAfter?.length ?? 0);
    if (WORD_CONTINUATIONS[unit.at(-1) ?? '']?.includes(context.text[unitEnd] ?? '\n')) return null;
    const measure = measureOfUnit(unit);
    if (measure === 'level' && NAMED_PLANT.test(afterUnit)) return null;
    let value: number;
    if (groups.cn) {
      const parsed = parseChineseNumeral(groups.cn);
      const before = context.text.slice(Math.max(0, match.index - 1), match.index);
      // Statistics are written in Arabic digits; a Chinese numeral counts only when it is
      // approximate (十余次, 上千万家), 两, or a compound (三千五百). 六个重点产业, 五个新城,
      // 一批 and 千亿斤 (a programme's name) are not indicators.
      const approximate = Boolean(groups.approx) || before === '上';
      const compound = groups.cn.length > 1 && parsed !== null && parsed > 10;
      if (parsed === null || !(approximate || groups.cn === '两' || compound)) return null;
      if (ORDINAL_BEFORE.test(before) || STRUCTURE_WORDS.test(after)) return null;
      if (ONE_OF.test(context.text.slice(matchEnd, matchEnd + 14))) return null;
      // 两个市场两种资源 is a slogan of parallel counts, not a statistic.
      const lead = context.text.slice(Math.max(0, match.index - 8), match.index);
      if (PARALLEL_COUNT.test(after) || PARALLEL_BEFORE.test(lead)) return null;
      if (
        unit === '次' &&
        /^(?:[、和][一二三四五六七八九十]+次)?(?:全会|会议|党代会|大会)/u.test(after)
      )
        return null;
      value = parsed;
    } else {
      value = Number(groups.value);
    }
    const approxPrefix = Boolean(groups.cn) && context.text[match.index - 1] === '上';
    return candidateFrom('amount', match, {
      // 上千万: 上 says "more than" and is not part of the subject.
      subjectEnd: subjectEndOf(match, ['cmpBefore', 'value', 'cn']) - (approxPrefix ? 1 : 0),
      measure,
      value,
      unit,
      // 迈上6万亿元台阶 / 突破4万亿元大关: a milestone passed, at least that much.
      ...(approxPrefix || groups.overMagnitude || MILESTONE.test(afterUnit)
        ? { comparator: 'gte' as const }
        : {}),
    });
  },
};
