import { describe, expect, it } from 'vitest';
import { buildGrowthRows } from '../../../../src/features/growth-chart/growth-model.ts';
import type { GrowthRow } from '../../../../src/features/growth-chart/growth-model.ts';
import {
  buildGrowthOption,
  STACK_OFFSET,
  TALL_ROWS,
} from '../../../../src/features/growth-chart/growth-option.ts';
import type { GrowthOptionContext } from '../../../../src/features/growth-chart/growth-option.ts';
import { BEYOND_AXIS_SYMBOLS, GOAL_SYMBOLS } from '../../../../src/lib/chart-marks.ts';
import { SECTOR_DECALS } from '../../../../src/lib/sector-colors.ts';
import { GROWTH_CONTEXT_2024 } from '../../../support/growth-context.ts';
import { bundledDataset } from '../../../support/bundled-datasets.ts';

const beihai = bundledDataset('beihai-2024');
const shanghai = bundledDataset('shanghai-2024');
const beihaiRows = buildGrowthRows(beihai, beihai.indicators);
const ctx = GROWTH_CONTEXT_2024;

interface Mark {
  value: number[];
  indicatorId: string;
  symbol?: string;
  symbolOffset?: number[];
  itemStyle: { color: string; borderWidth?: number; decal?: unknown };
  label: { formatter: string; position?: string };
}
interface Axis {
  min: number;
  max: number;
  interval: number;
  position?: string;
}

function option(rows: readonly GrowthRow[], extra: Partial<GrowthOptionContext> = {}) {
  return buildGrowthOption(rows, { ...ctx, ...extra });
}

/** Every mark the option draws for the row of subject `zh`, with the series it belongs to. */
function marksOf(built: ReturnType<typeof option>, rows: readonly GrowthRow[], zh: string) {
  const index = rows.findIndex((row) => row.subject.zh === zh);
  expect(index).toBeGreaterThanOrEqual(0);
  return (built.series as { id: string; symbol?: string; data: unknown[] }[])
    .filter((series) => series.id !== 'connector')
    .flatMap((series) =>
      (series.data as Mark[])
        .filter((mark) => mark.value[mark.value.length - 1] === index)
        .map((mark) => ({ series: series.id, symbol: mark.symbol ?? series.symbol, mark })),
    );
}

function axes(built: ReturnType<typeof option>): Axis[] {
  return (Array.isArray(built.xAxis) ? built.xAxis : [built.xAxis]) as Axis[];
}

function onTick(axis: Axis): boolean {
  const steps = (axis.max - axis.min) / axis.interval;
  return Math.abs(steps - Math.round(steps)) < 1e-9 && Math.abs(axis.max % axis.interval) < 1e-9;
}

describe('growth chart: Beihai’s 实际使用外资 396% against its goal 翻一番 (100%)', () => {
  it('draws two distinct marks at the cut axis end, each labelled with its real value', () => {
    const built = option(beihaiRows);
    const [axis] = axes(built);
    expect(axis!.max).toBeLessThan(100);
    const marks = marksOf(built, beihaiRows, '实际使用外资');
    const result = marks.find((entry) => entry.series === 'actual')!;
    const goal = marks.find((entry) => entry.series === 'goal-eq')!;
    // A filled arrow past the edge for the result, a hollow one for the goal: never one dot.
    expect(result.symbol).toBe(BEYOND_AXIS_SYMBOLS.high);
    expect(result.mark.itemStyle.color).toMatch(/^#/);
    expect(goal.mark.itemStyle).toMatchObject({ color: 'transparent', borderWidth: 2 });
    expect(result.mark.label.formatter).toBe('396% ▶');
    expect(goal.mark.label.formatter).toBe('100% ▶');
    // Both sit at the edge, so they are drawn one above the other, not on each other.
    expect(result.mark.symbolOffset).toEqual([0, -STACK_OFFSET]);
    expect(goal.mark.symbolOffset).toEqual([0, STACK_OFFSET]);
    expect(result.mark.indicatorId).not.toBe(goal.mark.indicatorId);
  });

  it('ends the axis on a regular tick, on a desktop and on a phone', () => {
    for (const compact of [false, true]) {
      const [axis] = axes(option(beihaiRows, { compact }));
      expect(onTick(axis!)).toBe(true);
      // A phone gets few ticks, so none is hidden for want of room.
      if (compact) expect((axis!.max - axis!.min) / axis!.interval).toBeLessThanOrEqual(5);
    }
  });

  it('does not cut the goal when only a few rows are shown', () => {
    const trade = beihaiRows.filter((row) => row.sector === 'trade');
    expect(trade.length).toBeLessThanOrEqual(8);
    const built = option(trade);
    const [axis] = axes(built);
    expect(axis!.max).toBeGreaterThanOrEqual(100);
    expect(onTick(axis!)).toBe(true);
    const goal = marksOf(built, trade, '实际使用外资').find((entry) => entry.series === 'goal-eq')!;
    expect(goal.symbol).toBe(GOAL_SYMBOLS.x.eq);
    expect(goal.mark.value[0]).toBe(100);
    expect(goal.mark.label.formatter).toBe('100%');
  });
});

describe('growth chart: a result equal to its goal', () => {
  it('keeps both marks visible and clickable, one above the other (Shanghai GDP 5% and ≈5%)', () => {
    const rows = buildGrowthRows(shanghai, shanghai.indicators);
    const marks = marksOf(option(rows), rows, '生产总值');
    expect(marks.map((entry) => entry.series)).toEqual(['actual', 'goal-approx']);
    const [result, goal] = marks.map((entry) => entry.mark);
    expect(result!.value[0]).toBe(goal!.value[0]);
    expect(result!.symbolOffset).toEqual([0, -STACK_OFFSET]);
    expect(goal!.symbolOffset).toEqual([0, STACK_OFFSET]);
    // Each mark opens its own sentence.
    expect(new Set([result!.indicatorId, goal!.indicatorId]).size).toBe(2);
    // No connector stub is drawn between the two stacked marks.
    const built = option(rows);
    const connector = (built.series as { id: string; data: number[][] }[]).find(
      (series) => series.id === 'connector',
    )!;
    expect(connector.data.some((line) => line[2] === 0)).toBe(false);
  });

  it('leaves a pair far apart on one line, as a dumbbell', () => {
    const marks = marksOf(option(beihaiRows), beihaiRows, '工业投资');
    expect(marks.map((entry) => entry.mark.symbolOffset)).toEqual([undefined, undefined]);
  });
});

describe('growth chart labels and axes', () => {
  it('prints every value label with its unit', () => {
    const built = option(beihaiRows);
    const labels = (built.series as { id: string; data: Mark[] }[])
      .filter((series) => series.id !== 'connector')
      .flatMap((series) => series.data.map((mark) => mark.label.formatter));
    expect(labels.length).toBeGreaterThan(30);
    for (const label of labels) expect(label).toMatch(/%/);
    expect(labels).toContain('5.8%');
    expect(labels).toContain('≥5.5%');
  });

  it('repeats the value axis at the top of a tall chart, on the same scale', () => {
    expect(beihaiRows.length).toBeGreaterThan(TALL_ROWS);
    const [bottom, top] = axes(option(beihaiRows));
    expect(top).toMatchObject({
      position: 'top',
      min: bottom!.min,
      max: bottom!.max,
      interval: bottom!.interval,
    });
    expect(axes(option(beihaiRows.slice(0, TALL_ROWS)))).toHaveLength(1);
  });

  it('keeps the only-result and only-goal tags on a phone, beside the lone mark', () => {
    const built = option(beihaiRows, { compact: true });
    const [result] = marksOf(built, beihaiRows, '第一产业增加值');
    expect(result!.mark.label.formatter).toBe('4.1% {tag|仅有结果}');
    const [goal] = marksOf(built, beihaiRows, '蔬菜产量');
    expect(goal!.mark.label.formatter).toBe('8.5% {tag|仅有目标}');
  });
});

describe('growth chart decal patterns', () => {
  it('gives each sector its own pattern when the reader turns them on', () => {
    const patterns = Object.values(SECTOR_DECALS).map((decal) => JSON.stringify(decal));
    expect(new Set(patterns).size).toBe(patterns.length);
    const built = option(beihaiRows, { decals: true });
    const decalOf = (zh: string) =>
      marksOf(built, beihaiRows, zh).find((entry) => entry.series === 'actual')!.mark.itemStyle
        .decal;
    expect(decalOf('地区生产总值')).toEqual(SECTOR_DECALS.economy);
    expect(decalOf('规上工业增加值')).toEqual(SECTOR_DECALS.industry);
    expect(decalOf('地区生产总值')).not.toEqual(decalOf('规上工业增加值'));
    const plain = marksOf(option(beihaiRows), beihaiRows, '地区生产总值')[0]!;
    expect(plain.mark.itemStyle.decal).toBeUndefined();
  });
});
