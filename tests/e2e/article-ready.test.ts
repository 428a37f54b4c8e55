import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { newPage, reachBelowTheFold, scrollToChartCard, waitForChart } from './support/chromium.ts';
import { bundledDataIsReal } from './support/preview-server.ts';
import { serveAppForFile } from './support/served-app.ts';

/**
 * What a journalist and an economist rely on, in real Chromium against the bundled reports:
 * the search understands the dictionary, subject names are whole at 1400 px, the sector-view
 * tab and the levels unit survive a reload, and goals stay hollow in the dark theme.
 */

const REPORTS = ['beihai-2024', 'china-2024', 'shanghai-2024'] as const;

let real = true;
const app = serveAppForFile('article', (outDir) => {
  real = bundledDataIsReal(outDir);
});

async function open(page: Page, query: string): Promise<void> {
  await page.goto(`${app.url()}?${query}`);
  await page.getByRole('heading', { level: 2, name: /主要指标|Headline indicators/ }).waitFor();
  await reachBelowTheFold(page);
}

function tableRows(page: Page) {
  return page.getByRole('table', { name: /全部指标|Every indicator/ }).locator('tbody tr');
}

describe('search understands the dictionary', () => {
  for (const report of REPORTS) {
    for (const lang of ['zh', 'en'] as const) {
      it(`finds the GDP row of ${report} by "GDP", in ${lang}`, async () => {
        if (!real) return;
        const { page, errors, close } = await newPage(app.browser());
        try {
          await open(page, `report=${report}${lang === 'en' ? '&lang=en' : ''}`);
          await page.getByRole('searchbox').fill('GDP');
          await expect
            .poll(() =>
              tableRows(page)
                .filter({ hasText: /生产总值|GDP/ })
                .count(),
            )
            .toBeGreaterThan(0);
          await page.getByRole('searchbox').fill('国内生产总值');
          await expect.poll(() => tableRows(page).count()).toBeGreaterThan(0);
          expect(errors).toEqual([]);
        } finally {
          await close();
        }
      });
    }
  }
});

describe('a chart ready to publish', () => {
  it('cuts no subject name with “…” at 1400 px, in English', async () => {
    const { page, close } = await newPage(app.browser(), {
      viewport: { width: 1400, height: 900 },
    });
    try {
      await open(page, `report=${real ? 'beihai-2024' : 'fixture-2024'}&lang=en`);
      await scrollToChartCard(page, 'growth-main');
      await waitForChart(page, 'growth-main');
      const labels = await page.evaluate(() => {
        const chart = window.__zhibiaoCharts?.get('growth-main');
        type Axis = { data: string[]; axisLabel: { formatter: (value: string) => string } };
        const axis = (chart?.getOption() as { yAxis: Axis[] }).yAxis[0];
        return axis ? axis.data.map((value) => axis.axisLabel.formatter(value)) : [];
      });
      expect(labels.length).toBeGreaterThan(5);
      expect(labels.filter((label) => label.includes('…'))).toEqual([]);
    } finally {
      await close();
    }
  });

  it('keeps a plain goal hollow and a result filled in the dark theme', async () => {
    const { page, close } = await newPage(app.browser());
    try {
      await open(page, `report=${real ? 'beihai-2024' : 'fixture-2024'}&theme=dark`);
      await scrollToChartCard(page, 'growth-main');
      await waitForChart(page, 'growth-main');
      const marks = await page.evaluate(() => {
        const chart = window.__zhibiaoCharts?.get('growth-main');
        type Series = { id: string; symbol?: string; data: { itemStyle?: { color?: string } }[] };
        const series = (chart?.getOption() as { series: Series[] }).series;
        const fill = (id: string) => series.find((s) => s.id === id);
        return {
          ring: fill('goal-eq')?.data.map((d) => d.itemStyle?.color) ?? [],
          ringSymbol: fill('goal-eq')?.symbol ?? null,
          dots: fill('actual')?.data.map((d) => d.itemStyle?.color) ?? [],
        };
      });
      expect(marks.dots.length).toBeGreaterThan(0);
      expect(marks.dots.every((color) => color !== 'transparent')).toBe(true);
      if (marks.ring.length > 0) {
        expect(marks.ringSymbol).toBe('circle');
        expect(marks.ring.every((color) => color === 'transparent')).toBe(true);
      }
    } finally {
      await close();
    }
  });
});

describe('a view that survives a reload', () => {
  it('keeps the sector-view tab and the levels unit', async () => {
    const { page, close } = await newPage(app.browser());
    try {
      await open(page, `report=${real ? 'beihai-2024' : 'fixture-2024'}&lang=en`);
      const levels = page.getByRole('tab', { name: 'Levels' });
      await levels.scrollIntoViewIfNeeded();
      await levels.click();
      const unit = page.getByRole('combobox', { name: 'Unit' });
      const values = await unit
        .locator('option')
        .evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
      const chosen = values[1] ?? values[0] ?? '';
      await unit.selectOption(chosen);
      await expect.poll(() => new URL(page.url()).searchParams.get('tab')).toBe('levels');
      await page.reload();
      await page.getByRole('heading', { level: 2, name: 'Headline indicators' }).waitFor();
      await reachBelowTheFold(page);
      expect(await page.getByRole('tab', { name: 'Levels' }).getAttribute('aria-selected')).toBe(
        'true',
      );
      expect(await page.getByRole('combobox', { name: 'Unit' }).inputValue()).toBe(chosen);
    } finally {
      await close();
    }
  });
});
