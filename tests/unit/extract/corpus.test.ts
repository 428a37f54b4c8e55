import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CorpusScore, ReportScore } from '../../support/corpus-score.ts';
import { isChartable } from '../../../src/ledger/chartable.ts';
import { isGenericNoun } from '../../../src/extract/vocabulary/subject-vocabulary.ts';
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

describe('the corpus datasets beyond the gold', () => {
  const datasets = () =>
    [...byLabel.values()].flatMap((report) =>
      report.dataset ? [[report.input.label, report.dataset] as const] : [],
    );

  it('never shows a figure over several years as one year’s result or goal', () => {
    for (const [label, dataset] of datasets()) {
      const paired = new Set(dataset.comparisons.flatMap((c) => [c.actual, c.target]));
      for (const indicator of dataset.indicators.filter((item) => item.period)) {
        const where = `${label}: ${indicator.subject.zh} ${indicator.value}${indicator.unit} (${indicator.source.quote})`;
        expect(paired.has(indicator.id), `${where} is paired`).toBe(false);
        expect(isChartable(indicator), `${where} is chartable`).toBe(false);
        expect(indicator.year, `${where}: its year is not its period's last`).toBe(
          indicator.period?.to,
        );
      }
    }
  });

  it('charts no figure whose subject is a bare generic noun or a verb fragment', () => {
    const charted = datasets().flatMap(([label, dataset]) =>
      dataset.indicators
        .filter(isChartable)
        .filter(
          ({ subject }) =>
            isGenericNoun(subject.zh) ||
            /(?:从|由|较|(?<!占)比)$/u.test(subject.zh) ||
            /在[^，]*(?:情况|背景)下/u.test(subject.zh),
        )
        .map((item) => `${label}: “${item.subject.zh}” in ${item.source.quote}`),
    );
    expect(charted).toEqual([]);
  });

  it('gives every recurring headline subject its key', () => {
    for (const [label, dataset] of datasets()) {
      const gdp = dataset.indicators.filter((item) =>
        /^(?:全省|全市|全国)?(?:地区|国内)生产总值$/u.test(item.subject.zh),
      );
      for (const item of gdp) expect(item.subject.key, `${label}: ${item.subject.zh}`).toBe('gdp');
    }
  });
});
