import { describe, expect, it } from 'vitest';
import { DEFAULT_RULE } from '../../../src/ledger/attainment.ts';
import {
  ATTAINMENT_COLUMNS,
  attainmentCsv,
  corpusCsv,
  toCsv,
} from '../../../src/ledger/research-csv.ts';
import { parseCsvRecords } from '../../support/parse-csv.ts';
import { invented, NATIONAL_2026 } from '../../support/bundled-datasets.ts';
import { figure, ledgerRow } from './ledger-row-builders.ts';

describe('toCsv: RFC 4180 with a BOM', () => {
  it('quotes fields with commas, quotes or line breaks, and leaves others bare', () => {
    const text = toCsv(
      ['a', 'b', 'c', 'd'],
      [['增长5%，居全国第1', 'say "hi"', 'two\nlines', 'plain']],
    );
    expect(text).toBe('\uFEFFa,b,c,d\r\n增长5%，居全国第1,"say ""hi""","two\nlines",plain\r\n');
  });

  it('writes numbers as numbers and missing values as blanks', () => {
    expect(toCsv(['x', 'y', 'z', 'w'], [[0.1 + 0.2, null, -2.5, false]])).toBe(
      '\uFEFFx,y,z,w\r\n0.3,,-2.5,false\r\n',
    );
  });

  it('defuses text an uploaded report could make a spreadsheet run as a formula', () => {
    expect(parseCsvRecords(toCsv(['q', 'v'], [['=HYPERLINK("x")', -2.5]]))).toEqual([
      { q: `'=HYPERLINK("x")`, v: '-2.5' },
    ]);
  });

  it('quotes a comma written ASCII-style inside a quote', () => {
    expect(parseCsvRecords(toCsv(['q'], [['5,000元']]))).toEqual([{ q: '5,000元' }]);
  });
});

describe('attainmentCsv', () => {
  it('gives verdict and gap under the rule it is given', () => {
    const row = ledgerRow(figure(5.5, { comparator: 'approx', written: '5.5%左右' }), figure(5.4));
    const strict = parseCsvRecords(attainmentCsv([row]));
    const loose = parseCsvRecords(
      attainmentCsv([row], { ...DEFAULT_RULE, approx: 'tolerance', tolerance: 0.2 }),
    );
    expect(strict[0]).toMatchObject({
      target_written: '5.5%左右',
      target_comparator: 'approx',
      verdict: 'missed',
      gap: '-0.1',
      gap_unit: '百分点',
      direction: 'floor',
    });
    expect(loose[0]).toMatchObject({ verdict: 'met', gap: '-0.1' });
    expect(Object.keys(strict[0] ?? {})).toEqual([...ATTAINMENT_COLUMNS]);
  });

  it('leaves the target blank for no target set and the actual blank while awaiting', () => {
    const [noTarget, awaiting] = parseCsvRecords(
      attainmentCsv([
        ledgerRow(null, figure(2.3), { targetYear: 2020 }),
        ledgerRow(figure(5, { comparator: 'approx' }), null, { awaiting: true }),
      ]),
    );
    expect(noTarget).toMatchObject({
      target_value: '',
      actual_value: '2.3',
      verdict: 'no-target',
      gap: '',
    });
    expect(awaiting).toMatchObject({ actual_value: '', verdict: 'awaiting', actual_report_id: '' });
  });
});

describe('corpusCsv', () => {
  it('writes one line per indicator given, with the report’s place and years', () => {
    const dataset = invented(NATIONAL_2026, 'upload-2026');
    const records = parseCsvRecords(corpusCsv([dataset]));
    expect(records).toHaveLength(dataset.indicators.length);
    expect(records.find((row) => row.kind === 'target' && row.subject_key === 'gdp')).toMatchObject(
      {
        report_id: 'upload-2026',
        place_zh: '全国',
        level: 'national',
        report_year: '2026',
        review_year: '2025',
        year: '2026',
        value: '4.5',
        upper: '5',
        comparator: 'range',
        written: '4.5%—5%',
      },
    );
    // The page passes its filtered indicators.
    const filtered = {
      ...dataset,
      indicators: dataset.indicators.filter((item) => item.kind === 'actual'),
    };
    expect(parseCsvRecords(corpusCsv([filtered])).every((row) => row.kind === 'actual')).toBe(true);
  });
});
