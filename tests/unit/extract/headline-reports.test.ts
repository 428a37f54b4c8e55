import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractReport } from '../../../src/extract/extract-report.ts';
import type { GoldRecord } from '../../support/corpus-score.ts';
import { formatWrongRecord, goldYears, scoreDataset } from '../../support/corpus-score.ts';

/**
 * Six invented provincial reports (tests/fixtures/headline-reports/), written in the genre's
 * layout for places and years the corpus does not use, each with headline gold in the corpus
 * format: every tier-1 result of the reviewed year and every quantitative target of the
 * 主要预期目标 paragraph. The gold was written by reading each text, not by running the
 * extractor. guangdong-2023 is a term-end report whose five-year figures are not gold.
 */
const REPORTS = [
  'hebei-2021',
  'sichuan-2024',
  'zhejiang-2019',
  'guangdong-2023',
  'hunan-2025',
  'neimenggu-2022',
] as const;

const fixture = (file: string): string =>
  readFileSync(new URL(`../../fixtures/headline-reports/${file}`, import.meta.url), 'utf8');

describe('headline figures of six invented reports, scored against their gold', () => {
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
