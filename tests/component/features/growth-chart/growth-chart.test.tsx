import type { CustomSeriesOption, ScatterSeriesOption } from 'echarts';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  ChartEnvironmentContext,
  DEFAULT_CHART_ENVIRONMENT,
} from '../../../../src/components/chart-environment.ts';
import { datasetSchema } from '../../../../src/dataset/dataset-schema.ts';
import type { Dataset, Indicator } from '../../../../src/dataset/dataset-schema.ts';
import { GrowthChart } from '../../../../src/features/growth-chart/growth-chart.tsx';
import { buildGrowthRows } from '../../../../src/features/growth-chart/growth-model.ts';
import type { GrowthRow } from '../../../../src/features/growth-chart/growth-model.ts';
import { buildGrowthOption } from '../../../../src/features/growth-chart/growth-option.ts';
import { GOAL_SYMBOLS, RANGE_ICONS } from '../../../../src/lib/chart-marks.ts';
import { getChart } from '../../../../src/lib/chart-registry.ts';
import { I18nContext, makeI18n } from '../../../../src/lib/i18n/i18n.ts';
import fixtureJson from '../../../fixtures/dashboard-fixture.json';
import { GROWTH_CONTEXT_2024 } from '../../../support/growth-context.ts';

const dataset: Dataset = datasetSchema.parse(fixtureJson);
const rows = buildGrowthRows(dataset, dataset.indicators);
const ctx = GROWTH_CONTEXT_2024;

function seriesById<T>(id: string, option = buildGrowthOption(rows, ctx)): T {
  const series = (option.series as { id?: string }[]).find((s) => s.id === id);
  if (!series) throw new Error(`no series ${id}`);
  return series as T;
}

/** Rows with one subject's result and/or goal moved to other values. */
function withValues(
  zh: string,
  values: { actual?: number; target?: number },
  base: readonly GrowthRow[] = rows,
): GrowthRow[] {
  const moved = (indicator: Indicator | null, value: number | undefined) =>
    indicator && value !== undefined ? { ...indicator, value } : indicator;
  return base.map((row) =>
    row.subject.zh === zh
      ? {
          ...row,
          actual: moved(row.actual, values.actual),
          target: moved(row.target, values.target),
        }
      : row,
  );
}

function rowIndex(zh: string): number {
  return rows.findIndex((row) => row.subject.zh === zh);
}

function pointOf(series: ScatterSeriesOption, zh: string) {
  const data = series.data as {
    value: number[];
    indicatorId: string;
    label: { formatter: string };
  }[];
  return data.find((item) => item.value[1] === rowIndex(zh));
}

describe('growth chart: how each goal comparator is drawn', () => {
  it('draws 以上 as an arrowhead pointing right, labelled ≥', () => {
    const series = seriesById<ScatterSeriesOption>('goal-gte');
    expect(series.symbol).toBe(GOAL_SYMBOLS.x.gte);
    // The path's tip is at the right (x=12): an open end towards "or more".
    expect(series.symbol).toMatch(/^path:\/\/M0,0 L12,7 L0,14/);
    expect(series.name).toBe('2024年目标 ≥（以上）');
    expect(series.label?.position).toBe('right');
    expect(pointOf(series, '地区生产总值')).toMatchObject({
      value: [5.5, rowIndex('地区生产总值')],
      indicatorId: 'gdp-growth-2024',
      label: { formatter: '≥5.5%' },
    });
  });

  it('draws 以内 as an arrowhead pointing left, labelled ≤', () => {
    const series = seriesById<ScatterSeriesOption>('goal-lte');
    expect(series.symbol).toMatch(/^path:\/\/M12,0 L0,7 L12,14/);
    expect(series.label?.position).toBe('left');
    expect(pointOf(series, '居民消费价格')?.label.formatter).toBe('≤3%');
  });

  it('draws 左右 as a diamond labelled ≈, and a plain goal as a ring with its number', () => {
    const approx = seriesById<ScatterSeriesOption>('goal-approx');
    expect(approx.symbol).toBe('diamond');
    expect(pointOf(approx, '一般公共预算收入')?.label.formatter).toBe('≈5%');
    const eq = seriesById<ScatterSeriesOption>('goal-eq');
    expect(eq.symbol).toBe('circle');
    expect(pointOf(eq, '固定资产投资')?.label.formatter).toBe('3%');
  });

  it('keeps a result filled and a plain goal hollow on any background, dark included', () => {
    // The option has no colour of the page: a hollow ring is a transparent fill with a
    // coloured border, never ECharts' white-filled emptyCircle, which reads as filled on dark.
    const eq = seriesById<ScatterSeriesOption>('goal-eq');
    const ring = pointOf(eq, '固定资产投资') as unknown as { itemStyle: Record<string, string> };
    expect(ring.itemStyle.color).toBe('transparent');
    expect(ring.itemStyle.borderColor).toMatch(/^#/);
    expect((eq.itemStyle as Record<string, unknown>)['borderWidth']).toBe(2);
    const actual = seriesById<ScatterSeriesOption>('actual');
    const dot = pointOf(actual, '固定资产投资') as unknown as { itemStyle: Record<string, string> };
    expect(dot.itemStyle.color).toMatch(/^#/);
  });

  it('draws a range as an interval from its lower to its upper bound', () => {
    const range = seriesById<CustomSeriesOption>('goal-range');
    const data = range.data as { value: number[]; label: { formatter: string } }[];
    expect(data).toEqual([
      expect.objectContaining({
        value: [6, 7, rowIndex('社会消费品零售总额')],
        indicatorId: 'retail-growth-2024',
        label: { formatter: '6–7%' },
      }),
    ]);
    // The drawn rectangle spans the two bounds on the value axis.
    const coord = ([x, y]: number[]) => [(x ?? 0) * 10, (y ?? 0) * 30];
    const values = data[0]!.value;
    const api = { coord, value: (i: number) => values[i], visual: () => '#f28e2b' };
    const shape = (
      range.renderItem as (
        p: unknown,
        a: unknown,
      ) => {
        children: { shape: { x: number; width: number } }[];
      }
    )({}, api);
    expect(shape.children[0]!.shape).toMatchObject({ x: 60, width: 10 });
  });

  it('shows the same marks in the legend, the range with an interval icon', () => {
    const option = buildGrowthOption(rows, ctx);
    const legend = option.legend as { data: { name: string; icon?: string }[] };
    expect(legend.data).toEqual([
      { name: '2023年结果' },
      { name: '2024年目标' },
      { name: '2024年目标 ≥（以上）' },
      { name: '2024年目标 ≈（左右）' },
      { name: '2024年目标 ≤（以内）' },
      { name: '2024年目标 区间', icon: RANGE_ICONS.x },
    ]);
  });

  it('keeps subjects with only a result or only a goal, marked as such', () => {
    const axis = buildGrowthOption(rows, ctx).yAxis as {
      axisLabel: { formatter: (value: string) => string };
    };
    const label = (zh: string) => axis.axisLabel.formatter(String(rowIndex(zh)));
    expect(label('城镇居民人均可支配收入')).toBe(
      '{livelihood|●} 城镇居民人均可支配收入 {muted|仅有结果}',
    );
    expect(label('数字经济核心产业增加值')).toBe(
      '{industry|●} 数字经济核心产业增加值 {muted|仅有目标}',
    );
    expect(label('地区生产总值')).toBe('{economy|●} 地区生产总值');
  });

  it('groups rows by sector in taxonomy order', () => {
    expect(rows.map((row) => row.sector)).toEqual([
      'economy',
      'industry',
      'industry',
      'services',
      'trade',
      'investment',
      'fiscal',
      'livelihood',
      'livelihood',
    ]);
  });

  it('gives both values, the comparator in words, the gap in 百分点 and both quotes, escaped', () => {
    const hostile = rows.map((row) =>
      row.subject.zh === '地区生产总值' && row.target
        ? {
            ...row,
            target: { ...row.target, source: { ...row.target.source, quote: '<b>5.5%以上</b>' } },
          }
        : row,
    );
    const option = buildGrowthOption(hostile, ctx);
    const tooltip = option.tooltip as { formatter: (params: unknown) => string };
    const html = tooltip.formatter({ value: [5.8, rowIndex('地区生产总值')] });
    // A plain result is just its number; a goal says its comparator in words.
    expect(html).toContain('2023年结果: <strong>5.8%</strong><br/>');
    expect(html).toContain('2024年目标: <strong>5.5%以上</strong> (以上（至少）)');
    expect(html).toContain('目标与结果相差 -0.3 个百分点');
    expect(html).toContain('<q>增长5.8%</q>');
    expect(html).toContain('&lt;b&gt;5.5%以上&lt;/b&gt;');
    expect(html).not.toContain('<b>');
  });

  it('turns decal patterns on for colour-blind readers and describes the data for screen readers', () => {
    const option = buildGrowthOption(rows, { ...ctx, decals: true });
    const aria = option.aria as {
      enabled: boolean;
      decal: { show: boolean };
      label: { description: string };
    };
    expect(aria.enabled).toBe(true);
    expect(aria.decal.show).toBe(true);
    expect(aria.label.description).toMatch(
      /^增长点图，9 个指标：地区生产总值 2023年结果 5\.8% 2024年目标 5\.5%以上；/,
    );
  });
});

describe('growth chart value labels', () => {
  type Labelled = {
    label: { formatter: string; position?: string; distance?: number; fontSize?: number };
  };
  const labelOf = (id: string, zh: string, option = buildGrowthOption(rows, ctx)) =>
    (pointOf(seriesById<ScatterSeriesOption>(id, option), zh) as unknown as Labelled).label;

  it('puts a result and its goal on the outer sides of the pair, never on each other', () => {
    // GDP: result 5.8 above the goal ≥5.5 → the goal's label left, the result's right.
    expect(labelOf('goal-gte', '地区生产总值')).toMatchObject({
      formatter: '≥5.5%',
      position: 'left',
    });
    expect(labelOf('actual', '地区生产总值')).toMatchObject({
      formatter: '5.8%',
      position: 'right',
    });
  });

  it('labels the larger value on its right when the goal is above the result', () => {
    const raised = withValues('地区生产总值', { target: 8 });
    const option = buildGrowthOption(raised, ctx);
    expect(labelOf('goal-gte', '地区生产总值', option).position).toBe('right');
    expect(labelOf('actual', '地区生产总值', option).position).toBe('left');
  });

  it('lifts the smaller label above its mark when the axis start leaves no room on its left', () => {
    // The fixture's axis starts at -3.1 (固定资产投资).
    const nearZero = withValues('地区生产总值', { actual: -3.1, target: -2 });
    const option = buildGrowthOption(nearZero, ctx);
    // Close above the mark and a size smaller, so it stays inside its own row.
    expect(labelOf('actual', '地区生产总值', option)).toMatchObject({
      position: 'top',
      distance: 1,
      fontSize: 10,
    });
    expect(labelOf('goal-gte', '地区生产总值', option).position).toBe('right');
  });
});

describe('growth chart axis with outliers', () => {
  it('stops the axis above most values and labels a clipped mark with its real value', () => {
    const outlier = withValues('外贸进出口总额', { actual: 396 });
    const option = buildGrowthOption(outlier, ctx);
    expect(option.xAxis).toMatchObject({ max: 15 });
    const point = pointOf(
      seriesById<ScatterSeriesOption>('actual', option),
      '外贸进出口总额',
    ) as unknown as {
      value: number[];
      label: { formatter: string };
    };
    expect(point.value[0]).toBe(15);
    expect(point.label.formatter).toBe('396% ▶');
    // A goal alone at the edge is labelled beside its mark, like a result.
    const goalOutlier = withValues('数字经济核心产业增加值', { target: 100 }, outlier);
    const goal = pointOf(
      seriesById<ScatterSeriesOption>('goal-eq', buildGrowthOption(goalOutlier, ctx)),
      '数字经济核心产业增加值',
    ) as unknown as { label: { formatter: string; position: string } };
    expect(goal.label).toMatchObject({ formatter: '100% ▶', position: 'left' });
    // Without outliers the axis spans the data (-3.1 to 9.7%), ending on regular ticks.
    expect(buildGrowthOption(rows, ctx).xAxis).toMatchObject({ min: -4, max: 10, interval: 2 });
  });
});

describe('growth chart component', () => {
  it('draws the chart as an image named by its data, and exposes the instance', async () => {
    render(
      <I18nContext.Provider value={makeI18n('en')}>
        <ChartEnvironmentContext.Provider
          value={{
            ...DEFAULT_CHART_ENVIRONMENT,
            renderer: 'svg',
            fixedSize: { width: 800, height: 420 },
          }}
        >
          <GrowthChart
            dataset={dataset}
            indicators={dataset.indicators}
            onSelectIndicator={() => {}}
          />
        </ChartEnvironmentContext.Provider>
      </I18nContext.Provider>,
    );
    // The chart loads lazily; on a busy machine that takes longer than the default second.
    const image = await screen.findByRole(
      'img',
      {
        name: /^Dot plot of growth, 9 indicators: Gross regional product 2023 result 5\.8% 2024 goal ≥ 5\.5%/,
      },
      { timeout: 5000 },
    );
    expect(image.querySelector('svg')).not.toBeNull();
    await waitFor(() => expect(getChart('growth-main')).toBeDefined());
    expect(getChart('growth-main')?.getOption().series).toHaveLength(7);
    // The table equivalent has one row per chart row, rendered when it is opened.
    expect(screen.queryAllByRole('row')).toHaveLength(0);
    fireEvent.click(screen.getByText('Show data table'));
    expect(await screen.findAllByRole('row')).toHaveLength(rows.length + 1);
    // The colours are explained on screen: one key entry per sector drawn, in taxonomy order.
    const key = screen.getByRole('list', { name: 'Colours by sector' });
    expect([...key.querySelectorAll('li')].map((item) => item.textContent)).toEqual([
      'Economy',
      'Industry',
      'Services & consumption',
      'Trade & opening-up',
      'Investment & business',
      'Fiscal & finance',
      'Livelihood',
    ]);
  });
});
