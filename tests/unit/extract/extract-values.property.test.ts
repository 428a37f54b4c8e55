import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Comparator, Indicator } from '../../../src/dataset/dataset-schema.ts';
import { extractReport } from '../../../src/extract/extract-report.ts';

/**
 * Sentences of the genre built from parts whose meaning is known, so the extracted value, sign,
 * comparator, upper bound, span and quote can be asserted exactly, not just "something was found".
 * A test here fails when 下降 loses its sign, a range comes back as eq, a full-width digit maps
 * to the wrong ASCII digit, or the quote is cut short.
 */

const SOURCE = { id: 'prop', file: 'prop.txt', sha256: '0'.repeat(64) };

const SUBJECTS = [
  '地区生产总值',
  '规模以上工业增加值',
  '社会消费品零售总额',
  '一般公共预算收入',
  '居民人均可支配收入',
  '进出口总额',
  '单位地区生产总值能耗',
] as const;
const RISE_VERBS = ['增长', '提高', '增加'] as const;
const FALL_VERBS = ['下降', '降低', '减少'] as const;
/** Joins of a range as reports write them; － is the full-width hyphen. */
const RANGE_JOINS = ['—', '－', '-', '至'] as const;
/** Words that bound a single number, with the comparator each states. */
const BOUNDS: readonly { before: string; after: string; comparator: Comparator }[] = [
  { before: '', after: '', comparator: 'eq' },
  { before: '', after: '以上', comparator: 'gte' },
  { before: '', after: '左右', comparator: 'approx' },
  { before: '', after: '以内', comparator: 'lte' },
  { before: '超过', after: '', comparator: 'gte' },
  { before: '不低于', after: '', comparator: 'gte' },
  { before: '约', after: '', comparator: 'approx' },
];
const LEAD_CLAUSES = ['', '过去一年，', '2024年，', '今年，全市'] as const;
const TAIL_CLAUSES = ['。', '，质量效益稳步提升。', '；'] as const;

/** A non-negative number as a report writes it: 7, 12, 5.8, 0.5. */
const numberText = fc
  .tuple(fc.integer({ min: 0, max: 120 }), fc.option(fc.integer({ min: 1, max: 9 })))
  .map(([whole, tenth]) => (tenth === null ? String(whole) : `${whole}.${tenth}`));

/** Writes digits, the decimal point and % full-width, as many reports do: ５．８％. */
function toFullWidth(text: string): string {
  return text.replace(/[0-9.%]/gu, (char) => String.fromCharCode(char.charCodeAt(0) + 0xfee0));
}

interface GrowthSentence {
  text: string;
  /** The clause that states the number: what the quote must be, character for character. */
  clause: string;
  /** The number as written: what the indicator's span must cover. */
  written: string;
  value: number;
  upper: number | null;
  comparator: Comparator;
  unit: '%' | '个百分点';
}

const growthSentence: fc.Arbitrary<GrowthSentence> = fc
  .record({
    subject: fc.constantFrom(...SUBJECTS),
    falls: fc.boolean(),
    verbIndex: fc.nat({ max: 2 }),
    low: numberText,
    // A range's upper end: the lower end plus a positive step.
    step: fc.option(numberText.filter((step) => Number(step) > 0)),
    join: fc.constantFrom(...RANGE_JOINS),
    repeatUnit: fc.boolean(),
    unit: fc.constantFrom('%' as const, '个百分点' as const),
    bound: fc.constantFrom(...BOUNDS),
    fullWidth: fc.boolean(),
    lead: fc.constantFrom(...LEAD_CLAUSES),
    tail: fc.constantFrom(...TAIL_CLAUSES),
  })
  .map((parts): GrowthSentence => {
    const verb = (parts.falls ? FALL_VERBS : RISE_VERBS)[parts.verbIndex] ?? '增长';
    const width = parts.fullWidth ? toFullWidth : (text: string): string => text;
    const low = Number(parts.low);
    const high = parts.step === null ? null : roundTenths(low + Number(parts.step));
    // 5%—5.5% repeats the percent sign; a range in 个百分点 states its unit once (0.5—1个百分点).
    const repeated = parts.repeatUnit && parts.unit === '%' ? '%' : '';
    const written =
      high === null
        ? width(parts.low)
        : width(`${parts.low}${repeated}`) + parts.join + width(String(high));
    const unitText = width(parts.unit);
    const bound =
      high === null
        ? parts.bound
        : { before: '', after: parts.bound.after, comparator: 'range' as const };
    const clause = `${parts.subject}${verb}${bound.before}${written}${unitText}${bound.after}`;
    const sign = parts.falls ? -1 : 1;
    // A fall's range stays ordered: 下降3%—4% is −4 to −3.
    const ends = high === null ? [low * sign] : [low * sign, high * sign].sort((a, b) => a - b);
    return {
      text: `${parts.lead}${clause}${parts.tail}`,
      clause: parts.lead.endsWith('全市') ? `全市${clause}` : clause,
      written,
      value: ends[0] ?? 0,
      upper: high === null ? null : (ends[1] ?? null),
      comparator: bound.comparator,
      unit: parts.unit,
    };
  });

/** −0 and 0 are the same figure to a reader (JSON writes both as 0). */
function unsigned0(value: number | null): number | null {
  return value === null ? null : value + 0;
}

function roundTenths(value: number): number {
  return Math.round(value * 10) / 10;
}

function onlyIndicator(text: string): Indicator {
  const { indicators } = extractReport(text, SOURCE);
  expect(indicators, text).toHaveLength(1);
  return indicators[0] as Indicator;
}

describe('growth sentences of the genre: every field is what was written', () => {
  it('reads value, sign, comparator, upper bound, unit, span and quote exactly', () => {
    fc.assert(
      fc.property(growthSentence, (sentence) => {
        const indicator = onlyIndicator(sentence.text);
        const read = {
          value: unsigned0(indicator.value),
          upper: unsigned0(indicator.upper),
          comparator: indicator.comparator,
          unit: indicator.unit,
          measure: indicator.measure,
          written: sentence.text.slice(indicator.source.start, indicator.source.end),
          quote: indicator.source.quote,
        };
        expect(read, sentence.text).toEqual({
          value: unsigned0(sentence.value),
          upper: unsigned0(sentence.upper),
          comparator: sentence.comparator,
          unit: sentence.unit,
          measure: 'growth',
          written: sentence.written,
          quote: sentence.clause,
        });
      }),
      { numRuns: 600 },
    );
  });

  it('a fall is the rise negated: 增长 → 下降 flips the sign of both ends and nothing else', () => {
    fc.assert(
      fc.property(growthSentence, fc.constantFrom(...FALL_VERBS), (sentence, fall) => {
        // The verb is the last rise word: 规模以上工业增加值 holds 增加 in its subject.
        const rise = RISE_VERBS.map((verb) => ({ verb, at: sentence.text.lastIndexOf(verb) }))
          .filter(({ at }) => at >= 0)
          .sort((a, b) => b.at - a.at)[0];
        fc.pre(rise !== undefined && !FALL_VERBS.some((word) => sentence.clause.includes(word)));
        const { verb, at } = rise ?? { verb: '', at: 0 };
        const fallText = sentence.text.slice(0, at) + fall + sentence.text.slice(at + verb.length);
        const risen = onlyIndicator(sentence.text);
        const fallen = onlyIndicator(fallText);
        const flipped = [-(risen.upper ?? risen.value), risen.upper === null ? null : -risen.value];
        expect([fallen.value, fallen.upper].map(unsigned0)).toEqual(flipped.map(unsigned0));
        expect(fallen.comparator).toBe(risen.comparator);
        expect(fallen.source.quote.length).toBe(
          risen.source.quote.length + fall.length - verb.length,
        );
      }),
      { numRuns: 300 },
    );
  });

  it('full-width digits read as the same numbers at the same offsets as ASCII ones', () => {
    fc.assert(
      fc.property(growthSentence, (sentence) => {
        const ascii = sentence.text.replace(/[０-９．％]/gu, (char) =>
          String.fromCharCode(char.charCodeAt(0) - 0xfee0),
        );
        const plain = onlyIndicator(ascii);
        const wide = onlyIndicator(toFullWidth(ascii));
        expect([
          wide.value,
          wide.upper,
          wide.comparator,
          wide.source.start,
          wide.source.end,
        ]).toEqual([
          plain.value,
          plain.upper,
          plain.comparator,
          plain.source.start,
          plain.source.end,
        ]);
      }),
      { numRuns: 300 },
    );
  });
});
