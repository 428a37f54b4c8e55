import { describe, expect, it } from 'vitest';
import type { LedgerRow } from '../../../../src/dataset/attainment-schema.ts';
import { buildLedgerChartOption } from '../../../../src/features/ledger/ledger-chart-option.ts';
import {
  chartSelection,
  filterJudged,
  judgeRows,
  ruleOf,
  seriesRows,
} from '../../../../src/features/ledger/ledger-model.ts';
import { GOAL_SYMBOLS } from '../../../../src/lib/chart-marks.ts';
import attainment from '../../../../public/data/attainment.json';

const rows = attainment.rows as LedgerRow[];
const NO_FILTERS = { place: null, subject: null, verdict: null, sectors: null, allSubjects: false };

interface SeriesLike {
  id: string;
  data: { value: number[]; indicatorId?: string }[];
}

function optionOf(series: ReturnType<typeof seriesRows>, lang: 'zh' | 'en' = 'zh') {
  return buildLedgerChartOption(series, {
    lang,
    place: series[0]!.row.place,
    subject: 'gdp',
    ruleSummary: 'strict',
    decals: false,
  });
}

function nationalGdp(tolerance: number | null = null) {
  const judged = judgeRows(rows, ruleOf(tolerance, 'lower-bound'));
  const series = seriesRows(judged, '全国', 'gdp');
  const option = optionOf(series);
  const byId = new Map(
    (option.series as unknown as SeriesLike[]).map((entry) => [entry.id, entry]),
  );
  const years = (option.xAxis as { data: string[] }).data;
  const yearsOf = (id: string) =>
    (byId.get(id)?.data ?? []).map((item) => years[item.value[0] ?? -1]);
  return { option, byId, years, yearsOf };
}

describe('the ledger chart of one subject across years', () => {
  it('draws national GDP 2019–2025: each goal as its comparator’s mark, 2022 as missed', () => {
    const { years, yearsOf } = nationalGdp();
    expect(years).toEqual(['2019', '2020', '2021', '2022', '2023', '2024', '2025']);
    expect(yearsOf('goal-range')).toEqual(['2019']);
    expect(yearsOf('goal-gte')).toEqual(['2021']);
    expect(yearsOf('goal-approx')).toEqual(['2022', '2023', '2024', '2025']);
    expect(yearsOf('missed')).toEqual(['2022']);
    // 2020 set no goal but its result is drawn; 2025 awaits the 2026 report.
    expect(yearsOf('result')).toEqual(['2019', '2020', '2021', '2023', '2024']);
  });

  it('draws goals hollow and results filled, as the growth chart does, on any background', () => {
    const { byId } = nationalGdp();
    const styleOf = (id: string) =>
      (byId.get(id) as unknown as { itemStyle: Record<string, unknown> }).itemStyle;
    // A transparent fill, never ECharts' white-filled emptyCircle, which reads as filled on dark.
    expect(styleOf('goal-approx')).toMatchObject({ color: 'transparent', borderWidth: 2 });
    expect(styleOf('goal-gte')).toMatchObject({ color: 'transparent', borderWidth: 2 });
    expect(styleOf('result').color).toMatch(/^#/);
    const symbols = (option: unknown) =>
      (option as { series: { id: string; symbol?: string }[] }).series
        .filter((entry) => entry.id.startsWith('goal-') && entry.symbol)
        .map((entry) => [entry.id, entry.symbol]);
    expect(symbols(nationalGdp().option)).toContainEqual(['goal-gte', GOAL_SYMBOLS.y.gte]);
  });

  it('joins the results of consecutive years only', () => {
    const { byId } = nationalGdp();
    const segments = (byId.get('result-line')?.data ?? []) as unknown as number[][];
    expect(segments.map((segment) => [segment[0], segment[2]])).toEqual([
      [0, 1],
      [1, 2],
      [2, 3],
      [3, 4],
      [4, 5],
    ]);
  });

  it('moves 2022 out of the missed marks when the tolerance covers its 2.5-point miss', () => {
    expect(nationalGdp(2.5).yearsOf('missed')).toEqual([]);
    expect(nationalGdp(2.4).yearsOf('missed')).toEqual(['2022']);
  });

  it('points each mark at its sentence, report and indicator', () => {
    const { byId } = nationalGdp();
    const goal2022 = byId.get('goal-approx')?.data[0];
    expect(goal2022?.indicatorId).toMatch(/^zhongguo-2022#/);
  });

  it('escapes report text in the tooltip', () => {
    const judged = judgeRows(rows, ruleOf(null, 'lower-bound'));
    const series = seriesRows(judged, '全国', 'gdp').map((item) => ({
      ...item,
      row: { ...item.row, target: { ...item.row.target!, quote: '<img src=x onerror=alert(1)>' } },
    }));
    const option = optionOf(series, 'en');
    const formatter = (option.tooltip as { formatter: (params: unknown) => string }).formatter;
    const html = formatter({ value: [3, 5.5] });
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toContain('<img');
    expect(html).toContain('5.5%左右');
  });
});

describe('the ledger model', () => {
  it('charts national GDP when no filter chooses, and the filter’s place when one does', () => {
    expect(chartSelection(rows, NO_FILTERS)).toEqual({
      place: expect.objectContaining({ zh: '全国' }),
      subject: 'gdp',
    });
    expect(chartSelection(rows, { place: '上海市', subject: null })?.place.zh).toBe('上海市');
  });

  it('reads the tolerance into the rule: 0.5 makes a 左右 goal missed by 0.4 met', () => {
    const base = rows.find(
      (row) => row.place.zh === '全国' && row.subject.key === 'gdp' && row.targetYear === 2022,
    )!;
    const nearMiss: LedgerRow = {
      ...base,
      actual: { ...base.actual!, value: 5.1, written: '5.1%' },
    };
    const verdict = (tolerance: number | null) =>
      judgeRows([nearMiss], ruleOf(tolerance, 'lower-bound'))[0]!.judgement.verdict;
    expect(verdict(null)).toBe('missed');
    expect(verdict(0.5)).toBe('met');
    expect(verdict(0.3)).toBe('missed');
  });

  it('filters by verdict under the current rule', () => {
    const strict = filterJudged(judgeRows(rows, ruleOf(null, 'lower-bound')), {
      ...NO_FILTERS,
      verdict: 'missed',
      subject: 'gdp',
    });
    const loose = filterJudged(judgeRows(rows, ruleOf(2.5, 'lower-bound')), {
      ...NO_FILTERS,
      verdict: 'missed',
      subject: 'gdp',
    });
    const names = (list: typeof strict) =>
      list.map(({ row }) => `${row.place.zh}${row.targetYear}`);
    expect(names(strict)).toEqual(['全国2022', '上海市2020', '上海市2023']);
    expect(names(loose)).toEqual(['上海市2020', '上海市2023']);
  });
});
