import { chromium } from 'playwright-core';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';

/** Flags this machine needs (see notes/common.md); never download a browser. */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
] as const;

export const CHROMIUM_PATH = '/usr/bin/chromium';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_FLAGS] });
}

/** Console errors and uncaught exceptions of a page, collected for a "no errors" assertion. */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

export async function newPage(
  browser: Browser,
  options: BrowserContextOptions = {},
): Promise<{ page: Page; errors: string[]; close: () => Promise<void> }> {
  const context = await browser.newContext({
    viewport: { width: 1400, height: 900 },
    ...options,
  });
  const page = await context.newPage();
  const errors = collectPageErrors(page);
  return { page, errors, close: () => context.close() };
}

/**
 * Waits until the app has drawn chart `id` (its live instance, from the chart registry); with
 * `drawn: false`, until the instance exists even in a hidden tab of zero width.
 */
export async function waitForChart(page: Page, id: string, { drawn = true } = {}): Promise<void> {
  await page.waitForFunction(
    ([chartId, mustHaveWidth]) => {
      const chart = window.__zhibiaoCharts?.get(chartId);
      return chart !== undefined && !chart.isDisposed() && (!mustHaveWidth || chart.getWidth() > 0);
    },
    [id, drawn] as const,
  );
}
