import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { attainmentFileSchema } from '../../../src/dataset/attainment-schema.ts';
import { datasetIndexSchema } from '../../../src/dataset/dataset-schema.ts';
import { ATTAINMENT_COLUMNS, CORPUS_COLUMNS } from '../../../src/ledger/research-csv.ts';
import { parseCsv, parseCsvRecords } from '../../support/parse-csv.ts';

/**
 * The files `npm run preprocess` wrote and the repository ships, read as a researcher reads
 * them. Each figure below was checked against the report sentences in seeds/ and seeds/corpus/.
 */
const read = (name: string) =>
  readFileSync(new URL(`../../../public/data/${name}`, import.meta.url), 'utf8');
const attainmentText = read('attainment.csv');
const attainment = parseCsvRecords(attainmentText);

function gdp(place: string, year: number) {
  const rows = attainment.filter(
    (row) =>
      row.place_zh === place &&
      row.subject_key === 'gdp' &&
      row.measure === 'growth' &&
      row.target_year === String(year),
  );
  expect(rows, `${place} ${year}: one GDP growth row`).toHaveLength(1);
  const [row] = rows;
  return {
    target: row?.target_written,
    actual: row?.actual_written,
    verdict: row?.verdict,
    gap: row?.gap,
  };
}

describe('public/data/attainment.csv under the strict rule', () => {
  it.each([
    // 国内生产总值增长6%－6.5% (2019 report) → 国内生产总值达到99.1万亿元，增长6.1% (2020 report)
    [2019, { target: '6%－6.5%', actual: '6.1%', verdict: 'met', gap: '0.1' }],
    // The 2020 report set no growth goal; the 2021 report says 增长2.3％.
    [2020, { target: '', actual: '2.3％', verdict: 'no-target', gap: '' }],
    [2021, { target: '6%以上', actual: '8.1%', verdict: 'met', gap: '2.1' }],
    [2022, { target: '5.5%左右', actual: '3%', verdict: 'missed', gap: '-2.5' }],
    [2023, { target: '5%左右', actual: '5.2%', verdict: 'met', gap: '0.2' }],
    [2024, { target: '5%左右', actual: '5%', verdict: 'met', gap: '0' }],
    [2025, { target: '5%左右', actual: '', verdict: 'awaiting', gap: '' }],
  ])('national GDP %i', (year, expected) => {
    expect(gdp('全国', year)).toEqual(expected);
  });

  it.each([
    [2020, { target: '6%左右', actual: '1.7%', verdict: 'missed', gap: '-4.3' }],
    [2021, { target: '6%以上', actual: '8.1%', verdict: 'met', gap: '2.1' }],
    // The 2023 term-end report gives 2022 only as a level (2022年预计达到4.45万亿元), no growth.
    [2022, { target: '5.5%左右', actual: '', verdict: 'not-reported', gap: '' }],
    [2023, { target: '5.5%以上', actual: '5%', verdict: 'missed', gap: '-0.5' }],
  ])('Shanghai GDP %i', (year, expected) => {
    expect(gdp('上海市', year)).toEqual(expected);
  });

  it('names both sentences and both reports of a row', () => {
    const row = attainment.find(
      (item) =>
        item.place_zh === '全国' && item.subject_key === 'gdp' && item.target_year === '2022',
    );
    expect(row).toMatchObject({
      target_report_id: 'zhongguo-2022',
      actual_report_id: 'zhongguo-2023',
      target_quote: '国内生产总值增长5.5%左右',
      actual_quote: '全年国内生产总值增长3%',
      gap_unit: '百分点',
    });
  });

  it('is UTF-8 with a BOM, CRLF lines, the codebook’s columns, numbers as plain numbers', () => {
    expect(attainmentText.startsWith('\uFEFF')).toBe(true);
    expect(attainmentText.replace(/\r\n/gu, '')).not.toMatch(/\n/u);
    expect(parseCsv(attainmentText)[0]).toEqual([...ATTAINMENT_COLUMNS]);
    for (const row of attainment) {
      for (const column of ['target_value', 'actual_value', 'gap', 'target_year'] as const) {
        expect(row[column], `${column} of ${row.place_zh} ${row.subject_key}`).toMatch(
          /^(?:-?\d+(?:\.\d+)?)?$/u,
        );
      }
    }
  });

  it('matches attainment.json row for row', () => {
    const ledger = attainmentFileSchema.parse(JSON.parse(read('attainment.json')));
    expect(attainment).toHaveLength(ledger.rows.length);
  });
});

describe('public/data/corpus.csv', () => {
  const corpusText = read('corpus.csv');
  const corpus = parseCsvRecords(corpusText);
  const index = datasetIndexSchema.parse(JSON.parse(read('index.json')));

  it('has every indicator of every bundled report, with the codebook’s columns', () => {
    expect(parseCsv(corpusText)[0]).toEqual([...CORPUS_COLUMNS]);
    expect(corpus).toHaveLength(index.reports.reduce((sum, report) => sum + report.indicators, 0));
    expect(new Set(corpus.map((row) => row.report_id))).toEqual(
      new Set(index.reports.map((report) => report.id)),
    );
  });

  it('keeps the number as written and its span', () => {
    const row = corpus.find(
      (item) => item.report_id === 'zhongguo-2019' && item.quote === '国内生产总值增长6%－6.5%',
    );
    expect(row).toMatchObject({
      place_zh: '全国',
      level: 'national',
      report_year: '2019',
      subject_key: 'gdp',
      kind: 'target',
      value: '6',
      upper: '6.5',
      comparator: 'range',
      written: '6%－6.5%',
      period_from: '',
    });
  });
});
