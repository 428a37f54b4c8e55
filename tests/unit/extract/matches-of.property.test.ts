import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PARSERS, parsingContextOf } from '../../../src/extract/extract-indicators.ts';
import { matchesOf } from '../../../src/extract/matches-of.ts';
import {
  ANCHORED_PART_SCANS,
  OPENING_PATTERNS,
} from '../../../src/extract/structure/report-parts.ts';
import { OWN_PLACE_PREFIXES } from '../../../src/extract/vocabulary/place-vocabulary.ts';
import { alternation, YEAR } from '../../../src/extract/vocabulary/regex-fragments.ts';
import { ANCHORED_NAME_SCANS } from '../../../src/extract/structure/report-region.ts';
import {
  ANCHORED_EXCLUSION_SCANS,
  NUMBER_LED_EXCLUSIONS,
} from '../../../src/extract/refiners/exclusion-refiner.ts';
import {
  CLASS_THRESHOLD,
  classThresholdStart,
} from '../../../src/extract/vocabulary/subject-vocabulary.ts';

/**
 * An anchor only lets matchesOf skip where no match can start: with it, a pattern finds exactly
 * what it finds without it. A wrong anchor loses numbers silently (增长百分之五 unread, a
 * 千亿元城市 read as an amount), so each anchored pattern is checked on texts made of its own words.
 */

const PERCENT_WORDS = ['百分之', '五', '点', '十', '百', '增长', '下降', '控制在', '分别达到'];
/** Numbers and the words around them: comparators (超过, 不低于), signs, ranges, units. */
const QUANTITY_WORDS = [
  ...['超过', '不低于', '近', '-', '约-', '3', '0.5', '%', '—', '至', '个百分点', '的增长'],
  ...['万', '亿元', '个', '余', '多', '三千', '两', '以上', '2024'],
  ...['约-3%', '不低于5.5%', '超过2万亿元', '近三千个', '高于-1个百分点'],
];
const THRESHOLD_WORDS = ['过', '超', '三', '千', '亿', '万', '元', '级', '城市', '县', '产业', '5'];
const FILLER = ['不超过', '约', '以内', '左右', '，', '。', '全市', '投资', '\n', '1.5', '.'];

function texts(words: readonly string[]): fc.Arbitrary<string> {
  return fc
    .array(fc.constantFrom(...words, ...FILLER), { maxLength: 60 })
    .map((parts) => parts.join(''));
}

function found(pattern: RegExp, text: string, anchor?: Parameters<typeof matchesOf>[2]): string[] {
  return [...matchesOf(pattern, text, anchor)].map((match) => `${match.index}:${match[0]}`);
}

describe('anchored scans', () => {
  it('every anchored parser finds what its pattern finds at every position', () => {
    const anchored = PARSERS.filter((parser) => parser.anchorIn);
    expect(anchored.map((parser) => parser.name)).toEqual(
      expect.arrayContaining(['chinese-percent', 'growth-after', 'rate', 'amount']),
    );
    for (const parser of anchored) {
      const everywhere = new RegExp(parser.pattern.source, parser.pattern.flags.replace('y', ''));
      fc.assert(
        fc.property(texts([...PERCENT_WORDS, ...QUANTITY_WORDS]), (text) => {
          const anchor = parser.anchorIn?.(parsingContextOf(text));
          expect(found(parser.pattern, text, anchor)).toEqual(found(everywhere, text));
        }),
        { numRuns: 300 },
      );
    }
  });

  it('class thresholds (过三千亿元城市) are found from their anchor as from every position', () => {
    fc.assert(
      fc.property(texts(THRESHOLD_WORDS), (text) => {
        expect(found(CLASS_THRESHOLD, text, classThresholdStart)).toEqual(
          found(CLASS_THRESHOLD, text),
        );
      }),
      { numRuns: 500 },
    );
  });

  it('exclusions tried after their words (连续3次, 分两批) find what a scan of every position finds', () => {
    const words = [
      ...['连续', '连跨', '跨上', '跨越', '迈过', '分', '连', '续', '跨', '过', '上'],
      ...['3', '16', '两', '三', '个', '次', '批', '季度', '年', '台阶', '发布', '万亿元', '，'],
      ...['分两批', '连续3次', '连跨2个', '跨上三个'],
    ];
    expect(ANCHORED_EXCLUSION_SCANS.length).toBeGreaterThanOrEqual(2);
    for (const { pattern, anchor } of ANCHORED_EXCLUSION_SCANS) {
      const everywhere = new RegExp(pattern.source, pattern.flags.replace('y', ''));
      fc.assert(
        fc.property(texts(words), (text) => {
          expect(found(pattern, text, anchor)).toEqual(found(everywhere, text));
        }),
        { numRuns: 400 },
      );
    }
  });

  it('sticky scans (line starts, openings, place names) find what a scan of every position finds', () => {
    // Line breaks, sentence ends and spaces where headings and openings start; names before
    // 市, 省 and 自治区 and the words after them.
    const words = [
      ...['\n', '\r', '。', ' ', '\u3000', '、', '过去一年', '一年来', '2024年，我们', '今年全市'],
      ...['主要目标', '今年政府工作', '2025年是', '工作回顾', '北海', '市', '省', '自治区'],
      ...['人民政府', '委', '长', '第十四届', '市场', '上海市委', '广西壮族'],
    ];
    for (const { pattern, anchor } of [...ANCHORED_PART_SCANS, ...ANCHORED_NAME_SCANS]) {
      expect(pattern.sticky).toBe(true);
      const everywhere = new RegExp(pattern.source, pattern.flags.replace('y', ''));
      fc.assert(
        fc.property(texts(words), (text) => {
          expect(found(pattern, text, anchor)).toEqual(found(everywhere, text));
        }),
        { numRuns: 400 },
      );
    }
  });

  it('openings (过去一年, 今年…主要目标) with the lookbehind after their first characters find what a leading lookbehind finds', () => {
    const boundary = String.raw`(?<=^|[\n\r。]|\s)`;
    const leading = {
      review: new RegExp(String.raw`${boundary}(?:过去一年|一年来|${YEAR}年[，,]我们)`, 'gu'),
      plan: new RegExp(
        String.raw`${boundary}(?:今年(?:${alternation(OWN_PLACE_PREFIXES)})?(?:经济社会发展的?|发展)?主要(?:预期)?目标|今年政府工作|${YEAR}年(?:是|工作的总体要求))`,
        'gu',
      ),
    };
    const words = [
      ...[
        '\n',
        '\r',
        '。',
        ' ',
        '\u3000',
        '，',
        '过去一年',
        '一年来',
        '2024年，我们',
        '1999年,我们',
      ],
      ...['今年', '全市', '经济社会发展的', '主要', '预期', '目标', '今年政府工作', '2025年是'],
      ...['2026年工作的总体要求', '去', '年', '来', '一', '过'],
    ];
    for (const name of ['review', 'plan'] as const) {
      fc.assert(
        fc.property(texts(words), (text) => {
          expect(found(OPENING_PATTERNS[name], text)).toEqual(found(leading[name], text));
        }),
        { numRuns: 500 },
      );
    }
  });

  it('number-led exclusions (2023年, 3个月, 一期200万吨) only match where a number starts, where they are tried', () => {
    // Digits, points and the words after and before the numbers these patterns name.
    const words = [
      ...['1', '20', '2023', '.', '5.5', '年', '月', '日', '底', '以来', '—', '至', '行动', '版'],
      ...['周年', '个月', '条', '项', '措施', '指标', '主要', '类', '新药', '一期', '期', '万吨'],
      ...['吨', '级', '元', '以上', '项目', '的部分', '米', '范围', '内', '万', 'a', '+'],
    ];
    expect(NUMBER_LED_EXCLUSIONS.length).toBeGreaterThan(10);
    const atNumberStart = (text: string, index: number): boolean =>
      /\d/u.test(text[index] ?? '') && !/[\d.]/u.test(text[index - 1] ?? '');
    for (const pattern of NUMBER_LED_EXCLUSIONS) {
      fc.assert(
        fc.property(texts(words), (text) => {
          for (const match of matchesOf(pattern, text)) {
            expect(atNumberStart(text, match.index)).toBe(true);
          }
        }),
        { numRuns: 300 },
      );
    }
  });
});
