import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CorpusScore, ReportScore } from '../../support/corpus-score.ts';
import {
  formatCorpusTable,
  formatReportLine,
  formatWrongRecord,
  listCorpusInputs,
  percent,
  scoreCorpus,
} from '../../support/corpus-score.ts';

/**
 * The real reports of seeds/corpus/ (and their one-line or GBK originals in
 * tests/fixtures/corpus/, and the national and Shanghai seeds), each read as a user's upload
 * and checked against its hand-written headline gold (tests/fixtures/corpus/README.md).
 * `npm run score -- --verbose` prints the same scores with every wrong record.
 */
const inputs = listCorpusInputs();
const MIN_REPORT_PERCENT = 90;
const MIN_CORPUS_PERCENT = 98;

let corpus: CorpusScore | undefined;
const byLabel = new Map<string, ReportScore>();

// One extraction per input for the whole file (a second or two for the corpus).
beforeAll(() => {
  corpus = scoreCorpus(inputs);
  for (const report of corpus.reports) byLabel.set(report.input.label, report);
}, 60_000);

afterAll(() => {
  if (corpus) console.log(`corpus scores (npm run score):\n${formatCorpusTable(corpus)}`);
});

const wrongList = (report: ReportScore): string =>
  report.wrong.map((record) => `  ${formatWrongRecord(record)}`).join('\n');

describe('the corpus of real reports, against its gold', () => {
  it.each(inputs.map((input) => [input.label, input] as const))(
    '%s: right years, a review and a plan part, at least 90% of the gold',
    (label) => {
      const report = byLabel.get(label);
      if (!report) throw new Error(`${label} was not scored`);
      expect.soft(report.error, 'the report could not be read').toBeUndefined();
      expect.soft(report.schemaProblem, 'the dataset fails the schema').toBeUndefined();
      expect
        .soft(
          { reviewYear: report.years.review, planYear: report.years.plan },
          'report.reviewYear / planYear',
        )
        .toEqual({ reviewYear: report.years.goldReview, planYear: report.years.goldPlan });
      expect
        .soft(report.parts, 'sections with part "review" / "plan" found')
        .toEqual({ review: true, plan: true });
      expect
        .soft(
          percent(report.right, report.total),
          `${report.right}/${report.total} gold records right; the others:\n${wrongList(report)}\n`,
        )
        .toBeGreaterThanOrEqual(MIN_REPORT_PERCENT);
    },
  );

  it(`gets at least ${MIN_CORPUS_PERCENT}% of the whole corpus right`, () => {
    if (!corpus) throw new Error('the corpus was not scored');
    const below = corpus.reports
      .filter((report) => report.right < report.total)
      .map(formatReportLine)
      .join('\n');
    expect(
      percent(corpus.right, corpus.total),
      `${corpus.right}/${corpus.total} gold records right; reports with wrong records:\n${below}\n`,
    ).toBeGreaterThanOrEqual(MIN_CORPUS_PERCENT);
  });
});
