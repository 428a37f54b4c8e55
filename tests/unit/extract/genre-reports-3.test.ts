import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractReport } from '../../../src/extract/extract-report.ts';
import type { Dataset, Period, YearsFrom } from '../../../src/dataset/dataset-schema.ts';

/**
 * A third set of whole mini-reports of the genre, invented for this test (places, years and
 * numbers are made up): a 2017 provincial report with a “十三五” goals paragraph before the year's
 * targets; a 2021 city report whose plan part is 二、“十四五”时期主要目标和2021年重点工作, five-year
 * goals followed by the 2021 targets; a report laid out as one long line, paragraphs joined by a
 * single ASCII space; a report whose only headings are （一）（二）（三）, with years only from
 * 过去一年 and 今年是中华人民共和国成立75周年.
 * tests/fixtures/genre-reports-3/expected.json was written by reading each text, not by running
 * the extractor: the report's years and how they were found, its region and title where it names
 * them, and a handful of figures with their year, kind and period.
 */
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

const fixture = (name: string): string =>
  readFileSync(new URL(`../../fixtures/genre-reports-3/${name}`, import.meta.url), 'utf8');

const reports = JSON.parse(fixture('expected.json')) as ExpectedReport[];

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

describe('a third set of reports of the genre the extractor was not tuned on', () => {
  it('has four reports, each with a handful of expected figures', () => {
    expect(reports).toHaveLength(4);
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
              (indicator) => indicator.source.end > start - 40 && indicator.source.start < end + 40,
            )
            .map(
              (indicator) =>
                `${text.slice(indicator.source.start, indicator.source.end)}: ${describeFigure(indicator)}`,
            );
          expect(found, `no figure at ${start}–${end}; near it: ${near.join('; ')}`).toBeDefined();
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
