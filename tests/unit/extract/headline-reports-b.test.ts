import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractReport } from '../../../src/extract/extract-report.ts';
import type { GoldRecord } from '../../support/corpus-score.ts';
import { formatWrongRecord, goldYears, scoreDataset } from '../../support/corpus-score.ts';

/**
 * Five more invented reports (tests/fixtures/headline-reports-b/), each in a layout the first
 * set does not use: a city (chengdu-2022: 全市, 市委市政府), a term-end provincial report whose
 * 2017 results sit in a 2017年， paragraph of the five-year review (jiangsu-2018), a 2020 report
 * written before COVID (shaanxi-2020), every line indented with U+3000 U+3000 (guangxi-2024) and
 * no title line, the date line first (hainan-2021). Each has headline gold in the corpus format:
 * every tier-1 result of the reviewed year and every quantitative target of the 主要预期目标
 * paragraph, written by reading the text, not by running the extractor.
 */
const REPORTS = [
  'chengdu-2022',
  'jiangsu-2018',
  'shaanxi-2020',
  'guangxi-2024',
  'hainan-2021',
] as const;

const fixture = (file: string): string =>
  readFileSync(new URL(`../../fixtures/headline-reports-b/${file}`, import.meta.url), 'utf8');

describe('headline figures of five more invented reports (set b), scored against their gold', () => {
  for (const name of REPORTS) {
    describe(name, () => {
      const text = fixture(`${name}.txt`);
      const gold = JSON.parse(fixture(`${name}.gold.json`)) as GoldRecord[];
      const dataset = extractReport(text, {
        id: name,
        file: `${name}.txt`,
        sha256: '0'.repeat(64),
      });

      it('has gold whose quotes occur once in the text', () => {
        expect(gold.length).toBeGreaterThan(0);
        const repeated = gold
          .map((record) => record.quote)
          .filter((quote) => text.split(quote).length !== 2);
        expect(repeated).toEqual([]);
      });

      it("finds the gold's review and plan years", () => {
        const years = goldYears(gold);
        expect({
          reviewYear: dataset.report.reviewYear,
          planYear: dataset.report.planYear,
        }).toEqual({ reviewYear: years.review, planYear: years.plan });
      });

      it('reads every gold record right', () => {
        const score = scoreDataset(text, gold, dataset);
        const wrong = score.wrong.map(formatWrongRecord);
        expect(
          score.right,
          `${score.right}/${score.total} right; wrong:\n${wrong.join('\n')}`,
        ).toBe(score.total);
      });
    });
  }
});
