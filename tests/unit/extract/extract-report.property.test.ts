import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { datasetSchema } from '../../../src/dataset/dataset-schema.ts';
import { extractReport } from '../../../src/extract/extract-report.ts';

const SOURCE = { id: 'prop', file: 'prop.txt', sha256: '0'.repeat(64) };

/** Strings made of the report's own vocabulary, so the rules actually fire. */
const reportish = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        '增长',
        '下降',
        '占',
        '的',
        '以上',
        '左右',
        '以内',
        '分别',
        '、',
        '和',
        '，',
        '。',
        '；',
        '\n',
        '%',
        '个百分点',
        '亿元',
        '万亩',
        '个',
        '家',
        '居全区第',
        '翻一番',
        '年均',
        '到2030年',
        '一、2023年工作回顾',
        '二、2024年工作安排',
        '（一）',
        '“',
        '”',
        '第',
        '十余',
        '两',
        '—',
        '-',
        '至',
        '５',
        '．',
        '％',
        '地区生产总值',
        '规上工业增加值',
      ),
      fc.integer({ min: 0, max: 99999 }).map(String),
      fc.string({ maxLength: 4 }),
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(''));

describe('extractReport on any text', () => {
  it('never throws, and always returns a valid dataset', () => {
    fc.assert(
      fc.property(fc.oneof(reportish, fc.string({ maxLength: 200 })), (text) => {
        const dataset = extractReport(text, SOURCE);
        expect(datasetSchema.safeParse(dataset).success).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('gives every indicator a span inside the text that holds the number as written', () => {
    fc.assert(
      fc.property(reportish, (text) => {
        for (const indicator of extractReport(text, SOURCE).indicators) {
          const { start, end } = indicator.source;
          expect(start).toBeGreaterThanOrEqual(0);
          expect(end).toBeLessThanOrEqual(text.length);
          expect(text.slice(start, end)).toMatch(
            /^[\d０-９.．%％—\-至到~～]+$|^[零〇一二两三四五六七八九十百千万亿余多]+$|^百分之.+$|^翻.番$|^[第前].+$/u,
          );
        }
      }),
      { numRuns: 400 },
    );
  });

  it('is deterministic: the same text gives the same dataset', () => {
    fc.assert(
      fc.property(reportish, (text) => {
        expect(JSON.stringify(extractReport(text, SOURCE))).toBe(
          JSON.stringify(extractReport(text, SOURCE)),
        );
      }),
      { numRuns: 100 },
    );
  });
});
