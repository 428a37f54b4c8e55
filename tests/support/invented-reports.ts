import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Dataset, Period, YearsFrom } from '../../src/dataset/dataset-schema.ts';
import { extractReport } from '../../src/extract/extract-report.ts';
import type { GoldRecord } from './corpus-score.ts';
import { formatWrongRecord, goldYears, scoreDataset } from './corpus-score.ts';

/** Reports invented for the tests in the genre's wording, read by people who never saw the extractor. */

interface ExpectedIndicator {
  /** An exact substring of the report, found once, holding the number. */
  quote: string;
  /** The number as written; its first occurrence inside `quote` is the figure. */
  text: string;
  year: number | null;
  kind: 'actual' | 'target';
  period: Period | null;
}

interface ExpectedReport {
  name: string;
  layout: string;
  reviewYear: number | null;
  planYear: number | null;
  yearsFrom: YearsFrom | null;
  region?: { zh: string };
  title?: string;
  indicators: ExpectedIndicator[];
}

/** Where `text` stands in the report: inside the one occurrence of `quote`. */
function spanOf(report: string, expected: ExpectedIndicator): { start: number; end: number } {
  const quoteStart = report.indexOf(expected.quote);
  expect(quoteStart, `quote not in the report: ${expected.quote}`).toBeGreaterThanOrEqual(0);
  expect(report.lastIndexOf(expected.quote), `quote found twice: ${expected.quote}`).toBe(
    quoteStart,
  );
  const offset = expected.quote.indexOf(expected.text);
  expect(offset, `${expected.text} not in its quote`).toBeGreaterThanOrEqual(0);
  const start = quoteStart + offset;
  return { start, end: start + expected.text.length };
}

function describeFigure(item: Dataset['indicators'][number]): string {
  return `${item.subject.zh} ${item.value}${item.unit} (${item.kind} ${String(item.year)})`;
}

/**
 * The checks of one folder of invented mini-reports (tests/fixtures/FOLDER/ with expected.json):
 * each report's years and how they were found, its region and title where expected, the year,
 * kind and period of each expected figure, and no multi-year figure paired.
 */
export function describeGenreReports(
  folder: string,
  title: string,
  count: { min: number; max: number },
): void {
  const fixture = (name: string): string =>
    readFileSync(new URL(`../fixtures/${folder}/${name}`, import.meta.url), 'utf8');
  const reports = JSON.parse(fixture('expected.json')) as ExpectedReport[];

  describe(title, () => {
    it(`has ${count.min === count.max ? count.min : `${count.min} to ${count.max}`} reports, each with a handful of expected figures`, () => {
      expect(reports.length).toBeGreaterThanOrEqual(count.min);
      expect(reports.length).toBeLessThanOrEqual(count.max);
      for (const report of reports) expect(report.indicators.length).toBeGreaterThanOrEqual(4);
    });

    for (const expected of reports) {
      describe(`${expected.name}: ${expected.layout}`, () => {
        const text = fixture(`${expected.name}.txt`);
        const dataset = extractReport(text, {
          id: expected.name,
          file: `${expected.name}.txt`,
          sha256: '0'.repeat(64),
        });

        it('finds the review and plan years, and says how', () => {
          expect({
            reviewYear: dataset.report.reviewYear,
            planYear: dataset.report.planYear,
            yearsFrom: dataset.report.yearsFrom,
          }).toEqual({
            reviewYear: expected.reviewYear,
            planYear: expected.planYear,
            yearsFrom: expected.yearsFrom,
          });
        });

        if (expected.region) {
          const region = expected.region;
          it(`names the region ${region.zh}`, () => {
            expect(dataset.report.region?.zh).toBe(region.zh);
          });
        }

        if (expected.title) {
          const title = expected.title;
          it('takes the title from the title line', () => {
            expect(dataset.report.title).toBe(title);
          });
        }

        for (const item of expected.indicators) {
          it(`reads ${item.text} in “${item.quote}” as ${item.kind} ${String(item.year)}${
            item.period ? ` over ${item.period.from}–${item.period.to}` : ''
          }`, () => {
            const { start, end } = spanOf(text, item);
            const found = dataset.indicators.find(
              (indicator) => indicator.source.start === start && indicator.source.end === end,
            );
            const near = dataset.indicators
              .filter(
                (indicator) =>
                  indicator.source.end > start - 40 && indicator.source.start < end + 40,
              )
              .map(
                (indicator) =>
                  `${text.slice(indicator.source.start, indicator.source.end)}: ${describeFigure(indicator)}`,
              );
            expect(
              found,
              `no figure at ${start}–${end}; near it: ${near.join('; ')}`,
            ).toBeDefined();
            expect({ year: found?.year, kind: found?.kind, period: found?.period }).toEqual({
              year: item.year,
              kind: item.kind,
              period: item.period,
            });
          });
        }

        it('pairs no figure that covers several years', () => {
          const periodIds = new Set(
            dataset.indicators.filter((item) => item.period !== null).map((item) => item.id),
          );
          const paired = dataset.comparisons.filter(
            (comparison) => periodIds.has(comparison.actual) || periodIds.has(comparison.target),
          );
          expect(paired.map((comparison) => comparison.subject.zh)).toEqual([]);
        });
      });
    }
  });
}

/**
 * The checks of one folder of invented reports with headline gold in the corpus format
 * (tests/fixtures/FOLDER/NAME.txt and NAME.gold.json): quotes occur once, the gold's years are
 * found, and every gold record is read right by the corpus scorer's rules.
 */
export function describeHeadlineReports(
  folder: string,
  names: readonly string[],
  title: string,
): void {
  const fixture = (file: string): string =>
    readFileSync(new URL(`../fixtures/${folder}/${file}`, import.meta.url), 'utf8');

  describe(title, () => {
    for (const name of names) {
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
}
