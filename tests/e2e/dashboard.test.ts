import { mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, newPage, reachBelowTheFold, waitForChart } from './support/chromium.ts';
import {
  buildApp,
  bundledDataIsReal,
  ROOT,
  startPreview,
  useFixtureData,
} from './support/preview-server.ts';
import type { PreviewServer } from './support/preview-server.ts';

/**
 * The dashboard in real Chromium against the built app and the committed datasets: sector
 * filtering by mouse and keyboard, links that reproduce a view, a chart click that opens the
 * sentence, the language switch, a chart drawn while hidden, and no console errors.
 */

const outDir = join(tmpdir(), `zhibiao-e2e-dashboard-${process.pid}`);
// Shots go to tests/e2e/artifacts (ignored by git); UPDATE_SCREENSHOTS=1 refreshes the README's.
const SCREENSHOTS = join(
  ROOT,
  process.env['UPDATE_SCREENSHOTS'] ? 'docs/screenshots' : 'tests/e2e/artifacts',
);

let server: PreviewServer;
let browser: Browser;
let reportId = 'beihai-2024';
const sectorA = '工业';
const sectorB = '外贸与开放';

beforeAll(async () => {
  buildApp(outDir);
  if (!bundledDataIsReal(outDir)) {
    useFixtureData(outDir);
    reportId = 'fixture-2024';
  }
  server = await startPreview(outDir);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  rmSync(outDir, { recursive: true, force: true });
});

/** Opens the app; charts load as they come near the viewport, so the main one is awaited. */
async function open(page: Page, query = '', { chart = true } = {}): Promise<void> {
  await page.goto(`${server.url}${query ? `?${query}` : ''}`);
  await page.getByRole('heading', { level: 2, name: /主要指标|Headline indicators/ }).waitFor();
  if (chart) await waitForChart(page, 'growth-main');
}

function params(page: Page): URLSearchParams {
  return new URL(page.url()).searchParams;
}

/** Rows of the indicator table, once it is there: it renders when the reader reaches past the first screen. */
async function tableRowCount(page: Page): Promise<number> {
  await reachBelowTheFold(page);
  const rows = page.getByRole('table', { name: /全部指标|Every indicator/ }).locator('tbody tr');
  await rows.first().waitFor();
  return rows.count();
}

/** Rows drawn in the main chart (category count), read from the live instance. */
async function chartRowCount(page: Page): Promise<number> {
  return page.evaluate(() => {
    const option = window.__zhibiaoCharts?.get('growth-main')?.getOption() as
      { yAxis: { data: unknown[] }[] } | undefined;
    return option?.yAxis[0]?.data.length ?? -1;
  });
}

async function sectorsInTable(page: Page): Promise<string[]> {
  await reachBelowTheFold(page);
  const cells = await page
    .getByRole('table', { name: '全部指标' })
    .locator('tbody tr td:nth-child(2)')
    .allTextContents();
  return [...new Set(cells)];
}

describe('dashboard in Chromium', () => {
  it('opens on the default report with cards, the main chart and every indicator', async () => {
    const { page, errors, close } = await newPage(browser);
    await open(page);
    expect(await page.getByRole('combobox', { name: '报告' }).inputValue()).toBe(reportId);
    expect(
      await page.getByRole('region', { name: '主要指标' }).getByRole('listitem').count(),
    ).toBeGreaterThan(3);
    const image = page.locator('[data-chart-id="growth-main"] [role="img"]');
    expect(await image.getAttribute('aria-label')).toMatch(/^增长点图，\d+ 个指标：/);
    expect(await tableRowCount(page)).toBeGreaterThan(20);
    expect(errors).toEqual([]);
    await close();
  });

  it('filters by sector with the mouse, and every view follows', async () => {
    const { page, errors, close } = await newPage(browser);
    await open(page);
    const allRows = await chartRowCount(page);
    await page.getByRole('button', { name: '全不选' }).click();
    await expect.poll(() => params(page).get('sectors')).toBe('none');
    await page.getByText('没有符合筛选条件的指标').waitFor();

    await page.locator('label.chip', { hasText: sectorA }).click();
    await page.locator('label.chip', { hasText: sectorB }).click();
    await expect.poll(() => params(page).get('sectors')?.split(',').length).toBe(2);
    await waitForChart(page, 'growth-main');
    // The table filters a deferred value: it follows the chips a render later.
    await expect
      .poll(async () => (await sectorsInTable(page)).sort())
      .toEqual([sectorA, sectorB].sort());
    const filteredRows = await chartRowCount(page);
    expect(filteredRows).toBeGreaterThan(0);
    expect(filteredRows).toBeLessThan(allRows);
    expect(errors).toEqual([]);
    await close();
  });

  it('filters by sector from the keyboard', async () => {
    const { page, errors, close } = await newPage(browser);
    await open(page);
    await page.getByRole('button', { name: '全不选' }).click();
    const first = page.getByRole('checkbox', { name: '经济总量' });
    await first.focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    // The URL follows the filter after React commits; wait for it rather than race it.
    await expect
      .poll(() => params(page).get('sectors')?.split(','))
      .toEqual(['economy', 'industry']);
    expect(await page.getByRole('checkbox', { name: '工业' }).isChecked()).toBe(true);
    // The focused chip shows a visible focus ring.
    const outline = await page.evaluate(() => {
      const chip = document.activeElement?.closest('label');
      return chip ? getComputedStyle(chip).outlineStyle : 'none';
    });
    expect(outline).toBe('solid');
    await expect
      .poll(async () => (await sectorsInTable(page)).sort())
      .toEqual(['工业', '经济总量'].sort());
    expect(errors).toEqual([]);
    await close();
  });

  it('reproduces a view from a copied link', async () => {
    const first = await newPage(browser);
    await open(first.page);
    await first.page.getByRole('button', { name: '全不选' }).click();
    await first.page.locator('label.chip', { hasText: sectorA }).click();
    await first.page.getByRole('combobox', { name: '结果/目标' }).selectOption('target');
    await first.page.getByRole('button', { name: 'English' }).click();
    await waitForChart(first.page, 'growth-main');
    const link = first.page.url();
    const rows = await tableRowCount(first.page);
    const chartRows = await chartRowCount(first.page);

    const second = await newPage(browser);
    await second.page.goto(link);
    await second.page.getByRole('heading', { name: 'Headline indicators' }).waitFor();
    await waitForChart(second.page, 'growth-main');
    expect(await tableRowCount(second.page)).toBe(rows);
    expect(await chartRowCount(second.page)).toBe(chartRows);
    expect(await second.page.getByRole('combobox', { name: 'Result or goal' }).inputValue()).toBe(
      'target',
    );
    expect(await second.page.getByRole('checkbox', { name: 'Industry' }).isChecked()).toBe(true);
    expect(await second.page.getByRole('checkbox', { name: 'Economy' }).isChecked()).toBe(false);
    expect([...first.errors, ...second.errors]).toEqual([]);
    await first.close();
    await second.close();
  });

  it('opens the source view from a chart mark, with the number highlighted', async () => {
    const { page, errors, close } = await newPage(browser);
    await open(page);
    // Find a mark with no other mark near it, so the click lands on that one only.
    const target = await page.evaluate(() => {
      const chart = window.__zhibiaoCharts?.get('growth-main');
      if (!chart) return null;
      const option = chart.getOption() as {
        series: { id: string; type: string; data: { value: number[]; indicatorId: string }[] }[];
      };
      const marks = option.series
        .filter((series) => series.type === 'scatter')
        .flatMap((series) =>
          series.data.map((item) => ({
            id: item.indicatorId,
            pixel: chart.convertToPixel(
              { seriesId: series.id },
              item.value.slice(0, 2),
            ) as number[],
          })),
        );
      const lonely = marks.find((mark) =>
        marks.every(
          (other) =>
            other === mark ||
            Math.hypot(other.pixel[0]! - mark.pixel[0]!, other.pixel[1]! - mark.pixel[1]!) > 30,
        ),
      );
      return lonely ? { id: lonely.id, x: lonely.pixel[0]!, y: lonely.pixel[1]! } : null;
    });
    expect(target).not.toBeNull();
    // A real click at the mark's pixel; Playwright scrolls the chart into view first.
    await page
      .locator('[data-chart-id="growth-main"] [role="img"]')
      .click({ position: { x: target!.x, y: target!.y } });
    await page.getByRole('complementary', { name: '原文' }).waitFor();
    await expect.poll(() => params(page).get('indicator')).toBe(target!.id);

    const dataset = (await page.evaluate(async (id) => {
      const response = await fetch(`data/${id}.json`);
      return response.json();
    }, reportId)) as {
      text: string;
      indicators: { id: string; source: { start: number; end: number } }[];
    };
    const indicator = dataset.indicators.find((i) => i.id === target!.id)!;
    const highlighted = page.getByRole('complementary', { name: '原文' }).locator('mark');
    expect(await highlighted.textContent()).toBe(
      dataset.text.slice(indicator.source.start, indicator.source.end),
    );
    expect(await highlighted.isVisible()).toBe(true);
    // The highlight was scrolled into the text panel's view.
    const inView = await highlighted.evaluate((mark) => {
      const panel = mark.closest('.source-text')!.getBoundingClientRect();
      const rect = mark.getBoundingClientRect();
      return rect.top >= panel.top && rect.bottom <= panel.bottom;
    });
    expect(inView).toBe(true);
    // The panel's header stays on screen (its title and close button), the page unmoved.
    const header = await page
      .getByRole('complementary', { name: '原文' })
      .getByRole('heading', { level: 2 })
      .boundingBox();
    expect(header!.y).toBeGreaterThanOrEqual(0);
    expect(errors).toEqual([]);
    await close();
  });

  it('switches language for text, subjects and the chart locale', async () => {
    const { page, errors, close } = await newPage(browser);
    await open(page);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Headline indicators' }).waitFor();
    await expect.poll(() => params(page).get('lang')).toBe('en');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await waitForChart(page, 'growth-main');
    const label = await page
      .locator('[data-chart-id="growth-main"] [role="img"]')
      .getAttribute('aria-label');
    expect(label).toMatch(/^Dot plot of growth, \d+ indicators: /);
    // The instance was re-created with ECharts' English locale (its built-in texts).
    const monthName = await page.evaluate(() => {
      const chart = window.__zhibiaoCharts?.get('growth-main') as unknown as {
        getModel: () => { getLocaleModel: () => { get: (path: string[]) => string[] } };
      };
      return chart.getModel().getLocaleModel().get(['time', 'monthAbbr'])[0];
    });
    expect(monthName).toBe('Jan');
    expect(await page.getByRole('checkbox', { name: 'Industry' }).count()).toBe(1);
    expect(errors).toEqual([]);
    await close();
  });

  it('resizes a chart that was drawn in a hidden tab once it is shown', async () => {
    const { page, errors, close } = await newPage(browser);
    await open(page);
    // Bringing the tabs into view mounts every panel's chart, the hidden ones at 0×0.
    await page.getByRole('tablist').scrollIntoViewIfNeeded();
    await waitForChart(page, 'growth-targets', { drawn: false });
    const hiddenWidth = await page.evaluate(
      () => window.__zhibiaoCharts?.get('growth-targets')?.getWidth() ?? -1,
    );
    expect(hiddenWidth).toBe(0);
    await page.getByRole('tab', { name: '增长目标' }).click();
    await waitForChart(page, 'growth-targets');
    const sizes = await page.evaluate(() => {
      const chart = window.__zhibiaoCharts?.get('growth-targets');
      const box = document.querySelector('[data-chart-id="growth-targets"]');
      return { chart: chart?.getWidth() ?? 0, box: box?.clientWidth ?? -1 };
    });
    expect(sizes.chart).toBe(sizes.box);
    expect(sizes.chart).toBeGreaterThan(300);
    expect(errors).toEqual([]);
    await close();
  });

  it('takes screenshots at 1400 px and 390 px, in Chinese and English, light and dark', async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    for (const [width, height] of [
      [1400, 1500],
      [390, 844],
    ] as const) {
      for (const lang of ['zh', 'en'] as const) {
        for (const scheme of ['light', 'dark'] as const) {
          const { page, errors, close } = await newPage(browser, {
            viewport: { width, height },
            colorScheme: scheme,
          });
          // On a phone the chart is below the fold and not loaded yet; the shot shows the top.
          await open(page, lang === 'en' ? 'lang=en' : '', { chart: width > 1000 });
          await page.evaluate(() => document.fonts.ready);
          await page.screenshot({
            path: join(SCREENSHOTS, `dashboard-${width}-${lang}-${scheme}.png`),
          });
          const overflow = await page.evaluate(
            () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
          );
          expect(overflow).toBeLessThanOrEqual(0);
          expect(errors).toEqual([]);
          await close();
        }
      }
    }
  });
});
