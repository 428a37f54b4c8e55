import { describe, expect, it } from 'vitest';
import type { LedgerRow } from '../../../src/ledger/attainment.ts';
import { buildLedger, joinReport, judge } from '../../../src/ledger/attainment.ts';
import { bundledDatasets, invented, NATIONAL_2026 } from '../../support/bundled-datasets.ts';

const datasets = bundledDatasets();
const rows = buildLedger(datasets);
const byId = new Map(datasets.map((dataset) => [dataset.report.id, dataset]));

function find(
  ledger: readonly LedgerRow[],
  place: string,
  key: string,
  year: number,
  measure = 'growth',
): LedgerRow | undefined {
  return ledger.find(
    (row) =>
      row.place.zh === place &&
      row.subject.key === key &&
      row.measure === measure &&
      row.targetYear === year,
  );
}

describe('buildLedger over the bundled reports', () => {
  it('joins each goal with the result the next report of the same place states', () => {
    const row = find(rows, '全国', 'gdp', 2022);
    expect(row).toMatchObject({
      place: { zh: '全国', en: 'China', level: 'national' },
      subject: { key: 'gdp', zh: '国内生产总值', en: 'GDP', headline: true },
      targetReportId: 'zhongguo-2022',
      actualReportId: 'zhongguo-2023',
      target: { written: '5.5%左右', comparator: 'approx', value: 5.5 },
      actual: { written: '3%', value: 3, reportId: 'zhongguo-2023' },
    });
  });

  it('names a headline subject as the place’s reports do: 国内生产总值 for the nation', () => {
    expect(find(rows, '上海市', 'gdp', 2022)?.subject.zh).toBe('地区生产总值');
    expect(find(rows, '湖北省', 'gdp', 2026)?.subject.zh).toBe('地区生产总值');
  });

  it('lines china-2024 up with the zhongguo-* reports: one place, 全国', () => {
    expect(find(rows, '全国', 'gdp', 2023)?.actualReportId).toBe('china-2024');
    expect(find(rows, '全国', 'gdp', 2024)?.targetReportId).toBe('china-2024');
    expect(find(rows, '全国', 'gdp', 2024)?.actualReportId).toBe('zhongguo-2025');
  });

  it('has a no-target row for a headline subject a year’s report set no goal for (GDP 2020)', () => {
    const row = find(rows, '全国', 'gdp', 2020);
    expect(row?.target).toBeNull();
    expect(row?.actual?.written).toBe('2.3％');
  });

  it('does not repeat a one-off goal as no-target in the other years', () => {
    // 养老床位: goals in 2020, 2021, 2022 and 2024 (2023 words it 新增养老床位, another key); no 2023 row.
    const beds = rows.filter((row) => row.subject.key === '养老床位');
    expect(beds.map((row) => [row.targetYear, row.subject.headline])).toEqual([
      [2020, false],
      [2021, false],
      [2022, false],
      [2024, false],
    ]);
  });

  it('points every figure at its own sentence in its own report', () => {
    for (const row of rows) {
      for (const [figure, reportId] of [
        [row.target, row.targetReportId],
        [row.actual, row.actualReportId],
      ] as const) {
        if (!figure) continue;
        expect(figure.reportId).toBe(reportId);
        const text = byId.get(figure.reportId)?.text ?? '';
        expect(text.slice(figure.start, figure.end)).toBe(
          text.slice(figure.start, figure.end).trim(),
        );
        expect(figure.quote).toContain(text.slice(figure.start, figure.end));
        expect(text).toContain(figure.quote);
      }
    }
  });

  it('takes goals for the plan year and results for the review year only, never a five-year figure', () => {
    for (const row of rows) {
      const target = row.target && byId.get(row.target.reportId);
      const indicator = target?.indicators.find((item) => item.id === row.target?.indicatorId);
      if (indicator) {
        expect(indicator).toMatchObject({ kind: 'target', year: row.targetYear, period: null });
      }
      const actual = row.actual && byId.get(row.actual.reportId);
      const result = actual?.indicators.find((item) => item.id === row.actual?.indicatorId);
      if (result)
        expect(result).toMatchObject({ kind: 'actual', year: row.targetYear, period: null });
    }
  });

  it('keeps a stretch clause as written', () => {
    expect(find(rows, '安徽省', 'gdp', 2026)?.target).toMatchObject({
      written: '5%—5.5%',
      stretch: '在实际工作中努力争取更好结果',
    });
    // 甘肃: 地区生产总值增长5.5%左右，实际工作中争取更好结果
    expect(find(rows, '甘肃省', 'gdp', 2026)?.target?.stretch).toBe('实际工作中争取更好结果');
    expect(find(rows, '北京市', 'gdp', 2026)?.target?.stretch).toBeNull();
  });

  it('lists the nation first, then provinces, then cities', () => {
    const order = [...new Set(rows.map((row) => row.place.zh))];
    expect(order[0]).toBe('全国');
    expect(order.at(-1)).toBe('北海市');
  });
});

describe('joinReport: an uploaded report joins the ledger', () => {
  const upload = invented(NATIONAL_2026, 'upload-national-2026');
  const joined = joinReport(rows, upload);

  it('fills the 2025 rows with its results', () => {
    const gdp = find(joined, '全国', 'gdp', 2025);
    expect(gdp).toMatchObject({
      actualReportId: 'upload-national-2026',
      actual: { written: '5.1%', reportId: 'upload-national-2026' },
    });
    expect(gdp && judge(gdp)).toMatchObject({ verdict: 'met', gap: 0.1 });
    const cpi = find(joined, '全国', 'cpi', 2025);
    expect(cpi && judge(cpi)).toMatchObject({ verdict: 'met', direction: 'ceiling', gap: -1.9 });
  });

  it('marks a 2025 goal it gives no result for as not reported', () => {
    const energy = find(joined, '全国', 'energy-intensity', 2025);
    expect(energy && judge(energy).verdict).toBe('not-reported');
  });

  it('adds its 2026 goals as awaiting rows', () => {
    const gdp = find(joined, '全国', 'gdp', 2026);
    expect(gdp).toMatchObject({
      targetReportId: 'upload-national-2026',
      actualReportId: null,
      target: { written: '4.5%—5%', upper: 5, stretch: '在实际工作中努力争取更好结果' },
    });
    expect(gdp && judge(gdp).verdict).toBe('awaiting');
    expect(find(joined, '全国', 'energy-intensity', 2026)?.target).toBeNull();
  });

  it('leaves the other places and years as they were', () => {
    const untouched = (ledger: readonly LedgerRow[]) =>
      ledger.filter((row) => row.place.zh !== '全国' || row.targetYear < 2025);
    expect(untouched(joined)).toEqual(untouched(rows));
  });

  it('changes nothing for a report without a place', () => {
    const nowhere = invented('过去一年，增长5%。', 'upload-nowhere');
    expect(nowhere.report.region).toBeNull();
    expect(joinReport(rows, nowhere)).toEqual(rows);
  });

  it('keeps the bundled goals when the upload is a second report of a year the ledger has', () => {
    const copy = {
      ...byId.get('zhongguo-2025')!,
      report: { ...byId.get('zhongguo-2025')!.report, id: 'upload-copy' },
    };
    expect(joinReport(rows, copy)).toEqual(rows);
  });
});
