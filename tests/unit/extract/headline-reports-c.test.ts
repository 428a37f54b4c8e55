import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractReport } from '../../../src/extract/extract-report.ts';
import type { GoldRecord } from '../../support/corpus-score.ts';
import { formatWrongRecord, goldYears, scoreDataset } from '../../support/corpus-score.ts';

/**
 * Five more invented provincial reports (tests/fixtures/headline-reports-c/), each with headline
 * gold in the corpus format: every tier-1 result of the reviewed year and every quantitative
 * target of the 主要预期目标 paragraph, written by reading each text, not by running the
 * extractor. Layouts: henan-2023 is one line (paragraphs joined by two ASCII spaces, no newline);
 * chongqing-2022 gives its results in ——经济… dash paragraphs and its targets after
 * 综合考虑各方面因素，建议今年经济社会发展主要预期目标为：; yunnan-2025 has headings with no year
 * (the years are only in the date line); tianjin-2024 has CRLF line endings (written so on
 * purpose) and full-width ％ in its results; qinghai-2019 mixes 2018 results with 五年来 figures
 * (not gold) and has a range target 6.5%—7%.
 */
const REPORTS = [
  'henan-2023',
  'chongqing-2022',
  'yunnan-2025',
  'tianjin-2024',
  'qinghai-2019',
] as const;

const fixture = (file: string): string =>
  readFileSync(new URL(`../../fixtures/headline-reports-c/${file}`, import.meta.url), 'utf8');

describe('headline figures of five more invented reports, scored against their gold', () => {
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
