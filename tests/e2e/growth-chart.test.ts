import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { newPage, scrollToChartCard } from './support/chromium.ts';
import { bundledDataIsReal } from './support/preview-server.ts';
import { serveAppForFile } from './support/served-app.ts';

/**
 * The growth chart as a reader meets it on a phone (390 px) and a desktop (1400 px), in real
 * Chromium on the bundled reports: the marks of a pair never sit on each other, the axis ends
 * on a regular tick, an outlier cut at the axis stays apart from its goal with its real value,
 * a result equal to its goal keeps both marks clickable, labels carry their unit, and the
 * sector colours have a key. Assertions read the live chart's option and layout, not pixels.
 */

let real = true;
const app = serveAppForFile('growth', (outDir) => {
  real = bundledDataIsReal(outDir);
});

const WIDTHS = [390, 1400] as const;

interface Mark {
  series: string;
  indicatorId: string;
  value: number[];
  symbol: string;
  offset: number[];
  label: string;
  x: number;
  y: number;
}

interface ChartView {
  marks: Mark[];
  axes: { min: number; max: number; interval: number; position?: string }[];
  symbolSize: number;
}

async function openGrowthChart(page: Page, report: string): Promise<void> {
  await page.goto(`${app.url()}?report=${report}`);
  await page.getByRole('heading', { level: 2, name: /主要指标|Headline indicators/ }).waitFor();
  await scrollToChartCard(page, 'growth-main');
  await page.waitForFunction(() => {
    const chart = window.__zhibiaoCharts?.get('growth-main');
    return chart !== undefined && !chart.isDisposed() && chart.getWidth() > 0;
  });
}

/** Every scatter mark of the live chart, with where ECharts lays it out (offset included). */
function readChart(page: Page): Promise<ChartView> {
  return page.evaluate(() => {
    const chart = window.__zhibiaoCharts!.get('growth-main')!;
    type Item = {
      value: number[];
      indicatorId: string;
      symbol?: string;
      symbolOffset?: number[];
      label?: { formatter?: string };
    };
    type Series = { id: string; type: string; symbol?: string; data: Item[] };
    const option = chart.getOption() as {
      series: Series[];
      xAxis: { min: number; max: number; interval: number; position?: string }[];
    };
    const marks = option.series
      .filter((series) => series.type === 'scatter')
      .flatMap((series) =>
        series.data.map((item) => {
          const offset = item.symbolOffset ?? [0, 0];
          const [x, y] = chart.convertToPixel({ seriesId: series.id }, item.value) as number[];
          return {
            series: series.id,
            indicatorId: item.indicatorId,
            value: item.value,
            symbol: item.symbol ?? series.symbol ?? '',
            offset,
            label: item.label?.formatter ?? '',
            x: x! + Number(offset[0] ?? 0),
            y: y! + Number(offset[1] ?? 0),
          };
        }),
      );
    return { marks, axes: option.xAxis, symbolSize: 12 };
  });
}

function rowOf(mark: Mark): number {
  return mark.value[mark.value.length - 1]!;
}

for (const width of WIDTHS) {
  describe(`the growth chart at ${width} px`, () => {
    it('keeps the marks of a pair apart and ends the axis on a regular tick', async () => {
      const { page, errors, close } = await newPage(app.browser(), {
        viewport: { width, height: 900 },
      });
      try {
        await openGrowthChart(page, real ? 'beihai-2024' : 'fixture-2024');
        const view = await readChart(page);
        expect(view.marks.length).toBeGreaterThan(5);
        // Two marks of one row closer than a mark's width would sit on each other.
        const rows = new Map<number, Mark[]>();
        for (const mark of view.marks)
          rows.set(rowOf(mark), [...(rows.get(rowOf(mark)) ?? []), mark]);
        for (const pair of rows.values()) {
          if (pair.length < 2) continue;
          const [a, b] = pair as [Mark, Mark];
          expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual(view.symbolSize);
        }
        for (const axis of view.axes) {
          const steps = (axis.max - axis.min) / axis.interval;
          expect(Math.abs(steps - Math.round(steps))).toBeLessThan(1e-9);
          if (width === 390) expect(steps).toBeLessThanOrEqual(5);
        }
        // Beihai has 30 rows: the axis is repeated at the top on the same scale.
        if (real) {
          expect(view.axes.map((axis) => axis.position ?? 'bottom')).toEqual(['bottom', 'top']);
          expect(view.axes[1]).toMatchObject({ min: view.axes[0]!.min, max: view.axes[0]!.max });
        }
        // Every value label carries its unit; a phone keeps the only-result tag beside the mark.
        expect(view.marks.every((mark) => mark.label.includes('%'))).toBe(true);
        if (real && width === 390) {
          expect(view.marks.some((mark) => mark.label.endsWith('{tag|仅有结果}'))).toBe(true);
        }
        // The colours are explained: a key of the sectors drawn, under the chart's title.
        const key = page
          .locator('[data-chart-card="growth-main"]')
          .getByRole('list', { name: '颜色所示领域' });
        expect(await key.locator('li').count()).toBeGreaterThan(1);
        await expect.poll(() => key.isVisible()).toBe(true);
        expect(errors).toEqual([]);
      } finally {
        await close();
      }
    });

    it('shows 实际使用外资 396% and its goal 翻一番 as two marks with their real values', async () => {
      if (!real) return;
      const { page, close } = await newPage(app.browser(), { viewport: { width, height: 900 } });
      try {
        await openGrowthChart(page, 'beihai-2024');
        const view = await readChart(page);
        const outlier = view.marks.find((mark) => mark.label === '396% ▶')!;
        expect(outlier).toBeDefined();
        const pair = view.marks.filter((mark) => rowOf(mark) === rowOf(outlier));
        expect(pair.map((mark) => mark.series)).toEqual(['actual', 'goal-eq']);
        const goal = pair[1]!;
        expect(goal.label).toBe('100% ▶');
        // The result is an arrow past the cut axis, not a dot; the goal stays apart from it.
        expect(outlier.symbol).toMatch(/^path:\/\//);
        expect(Math.abs(outlier.y - goal.y)).toBeGreaterThanOrEqual(view.symbolSize);
      } finally {
        await close();
      }
    });

    it('keeps a result equal to its goal clickable, each mark opening its own sentence', async () => {
      if (!real) return;
      const { page, close } = await newPage(app.browser(), { viewport: { width, height: 900 } });
      try {
        // Shanghai 2024: 生产总值 grew 5%, and the goal is 5%左右.
        await openGrowthChart(page, 'shanghai-2024');
        const view = await readChart(page);
        const result = view.marks.find((mark) => mark.series === 'actual' && rowOf(mark) === 0)!;
        const goal = view.marks.find((mark) => mark.series === 'goal-approx' && rowOf(mark) === 0)!;
        expect(result.value[0]).toBe(goal.value[0]);
        const canvas = page.locator('[data-chart-id="growth-main"] [role="img"]');
        for (const id of [goal.indicatorId, result.indicatorId]) {
          // The source panel opened by a click may move the chart: read the layout again.
          const mark = (await readChart(page)).marks.find((entry) => entry.indicatorId === id)!;
          await canvas.click({ position: { x: mark.x, y: mark.y } });
          await expect.poll(() => new URL(page.url()).searchParams.get('indicator')).toBe(id);
        }
      } finally {
        await close();
      }
    });
  });
}
