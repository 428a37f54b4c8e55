import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../support/parse-csv.ts';
import { newPage, scrollToChartCard } from './support/chromium.ts';
import { ROOT } from './support/preview-server.ts';
import { serveAppForFile } from './support/served-app.ts';

/**
 * Compare as a view of its own, in real Chromium against the built app and the committed
 * library: Beihai's and the nation's 2024 reports side by side, each in its own colour; the
 * choice survives a reload and Back; a subject one report does not state says so; the rates
 * are not drawn under the growth title; both languages; the chart's CSV has numbers.
 */

const app = serveAppForFile('compare');
// Shots go to tests/e2e/artifacts (ignored by git); UPDATE_SCREENSHOTS=1 refreshes the README's.
const SCREENSHOTS = join(
  ROOT,
  process.env['UPDATE_SCREENSHOTS'] ? 'docs/screenshots' : 'tests/e2e/artifacts',
);
const PAIR = 'view=compare&compare=beihai-2024,china-2024';

function card(page: Page, group: 'growth' | 'rates'): Locator {
  return page.locator(`[data-chart-card="compare-${group}"]`);
}

/** Opens every chart's table equivalent on the page: its rows render when first opened. */
async function showTables(page: Page): Promise<void> {
  await page.locator('details.table-equivalent').first().waitFor({ state: 'attached' });
  const closed = page.locator('details.table-equivalent:not([open]) > summary');
  while ((await closed.count()) > 0) await closed.first().click();
  await expect
    .poll(() => page.locator('details.table-equivalent:not(:has(table))').count())
    .toBe(0);
}

/** A row of a chart's table equivalent (opened with showTables). */
function rowOf(scope: Locator, subject: string): Locator {
  return scope.locator('table tbody tr').filter({ hasText: subject });
}

async function chartReady(page: Page, id: string): Promise<void> {
  await scrollToChartCard(page, id);
  await expect
    .poll(() => page.evaluate((chart) => window.__zhibiaoCharts?.has(chart), id), {
      timeout: 15_000,
    })
    .toBe(true);
}

/** Each legend entry's colour as drawn, by report name. */
async function legendColours(page: Page, id: string): Promise<Record<string, string>> {
  return page.evaluate((chart) => {
    const option = window.__zhibiaoCharts?.get(chart)?.getOption() as {
      legend: { data: { name: string; itemStyle: { color: string } }[] }[];
    };
    return Object.fromEntries(
      option.legend[0]!.data.map((entry) => [entry.name, entry.itemStyle.color]),
    );
  }, id);
}

/** A column header's swatch colour, as hex like the option's. */
async function swatchColour(header: Locator): Promise<string> {
  return header.locator('.table-swatch').evaluate((element) => {
    const [r, g, b] = getComputedStyle(element).color.match(/\d+/g)!.map(Number);
    return `#${[r, g, b].map((part) => part!.toString(16).padStart(2, '0')).join('')}`;
  });
}

describe('compare in Chromium', () => {
  it('shows Beihai’s and the nation’s GDP goals, each report in its own colour', async () => {
    const { page, errors, close } = await newPage(app.browser());
    await page.goto(`${app.url()}?${PAIR}`);
    await page.getByRole('heading', { level: 2, name: '报告对比' }).waitFor();
    const growth = card(page, 'growth');
    await growth.waitFor();
    await showTables(page);
    const gdp = rowOf(growth, '地区生产总值');
    expect(await gdp.textContent()).toContain('5.5%以上');
    expect(await gdp.textContent()).toContain('5%左右');

    await chartReady(page, 'compare-growth');
    const colours = await legendColours(page, 'compare-growth');
    expect(Object.keys(colours)).toEqual(['北海市 2024', '全国 2024']);
    expect(colours['北海市 2024']).not.toBe(colours['全国 2024']);
    // The table's headers carry the colour the legend has.
    const headers = growth.locator('table thead th');
    expect(await swatchColour(headers.filter({ hasText: '北海市 2024年目标' }))).toBe(
      colours['北海市 2024'],
    );
    expect(await swatchColour(headers.filter({ hasText: '全国 2024年目标' }))).toBe(
      colours['全国 2024'],
    );
    // The same report keeps its colour in the other chart.
    await chartReady(page, 'compare-rates');
    expect(await legendColours(page, 'compare-rates')).toEqual(colours);
    expect(errors).toEqual([]);
    await close();
  });

  it('keeps the choice across a reload, and Back undoes adding a report', async () => {
    const { page, close } = await newPage(app.browser());
    await page.goto(`${app.url()}?${PAIR}`);
    await card(page, 'growth').waitFor();
    await page.reload();
    await card(page, 'growth').waitFor();
    const picker = page.locator('.compare-picker');
    expect(await picker.getByRole('checkbox', { name: /北海市 2024年/ }).isChecked()).toBe(true);
    expect(await picker.getByRole('checkbox', { name: /全国 2024年/ }).isChecked()).toBe(true);

    await picker.getByRole('checkbox', { name: /上海市 2024年/ }).check();
    await expect
      .poll(() => new URL(page.url()).searchParams.get('compare'))
      .toBe('beihai-2024,china-2024,shanghai-2024');
    // Beihai and Shanghai state budget revenue; the nation's report gives no growth for it.
    await showTables(page);
    const revenue = rowOf(card(page, 'growth'), '一般公共预算收入');
    await revenue.waitFor({ state: 'attached' });
    expect(await revenue.locator('td').allTextContents()).toEqual([
      '一般公共预算收入',
      expect.any(String),
      expect.any(String),
      '未提及',
      '未提及',
      expect.any(String),
      expect.any(String),
    ]);
    await page.goBack();
    await expect
      .poll(() => new URL(page.url()).searchParams.get('compare'))
      .toBe('beihai-2024,china-2024');
    expect(await picker.getByRole('checkbox', { name: /上海市 2024年/ }).isChecked()).toBe(false);
    await close();
  });

  it('says 未提及 where a report does not state a figure, never 0', async () => {
    const { page, close } = await newPage(app.browser());
    await page.goto(`${app.url()}?${PAIR}`);
    // Beihai's report sets an unemployment goal but states no result for 2023.
    await card(page, 'rates').waitFor();
    await showTables(page);
    const unemployment = rowOf(card(page, 'rates'), '城镇调查失业率');
    await unemployment.waitFor({ state: 'attached' });
    const cells = await unemployment.locator('td').allTextContents();
    expect(cells[1]).toBe('未提及');
    expect(cells).not.toContain('0%');

    // The tooltip over a subject lists every report, the silent one in words.
    await page.goto(`${app.url()}?view=compare&compare=beihai-2024,china-2024,shanghai-2024`);
    await chartReady(page, 'compare-growth');
    await showTables(page);
    const growth = card(page, 'growth');
    const revenueRow = await growth
      .locator('table tbody tr')
      .evaluateAll((rows) =>
        rows.findIndex((row) => row.textContent?.startsWith('一般公共预算收入')),
      );
    await page.evaluate((row) => {
      const chart = window.__zhibiaoCharts?.get('compare-growth');
      const [x, y] = chart?.convertToPixel({ gridIndex: 0 }, [5, String(row)]) ?? [0, 0];
      chart?.dispatchAction({ type: 'showTip', x, y });
    }, revenueRow);
    await expect.poll(() => growth.textContent()).toContain('全国 2024: 未提及');
    await close();
  });

  it('draws unemployment and consumer prices under the rates title, not under growth', async () => {
    const { page, close } = await newPage(app.browser());
    await page.goto(`${app.url()}?${PAIR}`);
    const growth = card(page, 'growth');
    const rates = card(page, 'rates');
    await rates.waitFor();
    expect(await growth.locator('h3').textContent()).toMatch(/^增长率/);
    expect(await rates.locator('h3').textContent()).toMatch(/^比率与水平/);
    expect(await growth.textContent()).not.toContain('城镇调查失业率');
    expect(await growth.textContent()).not.toContain('居民消费价格');
    expect(await rates.textContent()).toContain('城镇调查失业率');
    expect(await rates.textContent()).toContain('居民消费价格');
    await close();
  });

  it('reads in English: honest titles, English subject names, “not stated”', async () => {
    const { page, close } = await newPage(app.browser());
    await page.goto(`${app.url()}?${PAIR}&lang=en`);
    await page.getByRole('heading', { level: 2, name: 'Compare reports' }).waitFor();
    const growth = card(page, 'growth');
    const rates = card(page, 'rates');
    await rates.waitFor();
    await showTables(page);
    expect(await growth.locator('h3').textContent()).toMatch(/^Growth rates/);
    expect(await rates.locator('h3').textContent()).toMatch(/^Rates and levels/);
    expect(await rowOf(growth, 'GDP').textContent()).toContain('≈ 5%');
    const unemployment = rowOf(rates, 'Surveyed urban unemployment');
    expect((await unemployment.locator('td').allTextContents())[1]).toBe('not stated');
    expect(await page.title()).toMatch(/^Compare reports/);
    await close();
  });

  it('exports the growth chart as CSV with a numeric value column per report, blank where missing', async () => {
    const { page, close } = await newPage(app.browser());
    await page.goto(`${app.url()}?view=compare&compare=beihai-2024,china-2024,shanghai-2024`);
    const growth = card(page, 'growth');
    await growth.waitFor();
    await growth.getByRole('button', { name: /^导出/ }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      growth.getByRole('menuitem', { name: /CSV/ }).click(),
    ]);
    const [header = [], ...rows] = parseCsv(readFileSync(await download.path(), 'utf8'));
    const valueColumns = header
      .map((label, index) => ({ label, index }))
      .filter((column) => column.label.endsWith('· 数值'));
    expect(valueColumns.map((column) => column.label)).toEqual([
      '北海市 2023年结果 · 数值',
      '北海市 2024年目标 · 数值',
      '全国 2023年结果 · 数值',
      '全国 2024年目标 · 数值',
      '上海市 2023年结果 · 数值',
      '上海市 2024年目标 · 数值',
    ]);
    for (const row of rows) {
      for (const { index } of valueColumns) {
        const cell = row[index] ?? '';
        expect(cell === '' || Number.isFinite(Number(cell))).toBe(true);
      }
    }
    expect(rows.flat().join()).not.toContain('未提及');
    const revenue = rows.find((row) => row[0] === '一般公共预算收入');
    expect(revenue?.[valueColumns[3]!.index]).toBe('');
    await close();
  });

  it('is linked from a report’s dashboard, with that report chosen', async () => {
    const { page, close } = await newPage(app.browser());
    await page.goto(`${app.url()}?report=beihai-2024`);
    await page.getByRole('link', { name: '将本报告与其他报告对比…' }).click();
    await page.getByRole('heading', { level: 2, name: '报告对比' }).waitFor();
    const params = new URL(page.url()).searchParams;
    expect(params.get('view')).toBe('compare');
    expect(params.get('compare')).toBe('beihai-2024');
    await close();
  });

  it('takes screenshots of three reports compared at 1400 px, in Chinese and English', async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    for (const [lang, scheme] of [
      ['zh', 'light'],
      ['en', 'light'],
      ['zh', 'dark'],
    ] as const) {
      // Tall enough that both charts are in view, so both are drawn for the shot.
      const { page, errors, close } = await newPage(app.browser(), {
        viewport: { width: 1400, height: 2300 },
        colorScheme: scheme,
      });
      await page.goto(
        `${app.url()}?view=compare&compare=beihai-2024,china-2024,shanghai-2024${lang === 'en' ? '&lang=en' : ''}`,
      );
      await chartReady(page, 'compare-growth');
      await chartReady(page, 'compare-rates');
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.evaluate(() => document.fonts.ready);
      await page.screenshot({ path: join(SCREENSHOTS, `compare-1400-${lang}-${scheme}.png`) });
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      expect(errors).toEqual([]);
      await close();
    }
  });
});
