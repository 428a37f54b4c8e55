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

/** Whether chart `id` is live (in the chart registry), and with a width unless `drawn` is false. */
function chartIsLive(page: Page, id: string, drawn: boolean): Promise<boolean> {
  return page.evaluate(
    ([chartId, mustHaveWidth]) => {
      const chart = window.__zhibiaoCharts?.get(chartId);
      return chart !== undefined && !chart.isDisposed() && (!mustHaveWidth || chart.getWidth() > 0);
    },
    [id, drawn] as const,
  );
}

/**
 * Waits until the app has drawn chart `id` (its live instance, from the chart registry); with
 * `drawn: false`, until the instance exists even in a hidden tab of zero width. A chart the
 * build drew into the page stays a picture until the reader reaches for it, so the pointer is
 * moved onto that picture as a reader's would be (again, until the app has started and wakes),
 * with its tab brought to the front.
 */
export async function waitForChart(
  page: Page,
  id: string,
  { drawn = true, timeout = 30_000 } = {},
): Promise<void> {
  const picture = page.locator(`[data-prerendered-chart="${id}"]:not(.covered)`);
  const deadline = Date.now() + timeout;
  while (!(await chartIsLive(page, id, drawn))) {
    if (Date.now() > deadline) throw new Error(`chart ${id} was not drawn within ${timeout} ms`);
    if ((await picture.count()) > 0) {
      // A reader reaches for a chart in the tab in front; a tab behind gets no animation
      // frames, so neither the hover nor ECharts' first draw would complete there.
      await page.bringToFront();
      await page.mouse.move(0, 0);
      await picture
        .first()
        .hover({ timeout: 2_000 })
        .catch(() => undefined);
    }
    await page.waitForTimeout(100);
  }
}

/**
 * What follows the first screen (the sector views, the table) renders once the reader gives an
 * input or scrolls near it (src/app/use-below-the-fold.ts): moves the pointer, as a reader at a
 * desk would (again, until the app has started and listens), until the table is there.
 */
export async function reachBelowTheFold(page: Page, { timeout = 30_000 } = {}): Promise<void> {
  const table = page.locator('table.indicator-table');
  const deadline = Date.now() + timeout;
  for (let step = 0; (await table.count()) === 0; step += 1) {
    if (Date.now() > deadline) throw new Error(`the table did not render within ${timeout} ms`);
    await page.mouse.move(1 + (step % 2), 1);
    await page.waitForTimeout(100);
  }
}

/**
 * Scrolls a chart card into view once the app has rendered the view the address asks for. On
 * another address than the default one, the build's page stays in the document, hidden, until
 * the app replaces it; a card found there detaches under the scroll.
 */
export async function scrollToChartCard(page: Page, id: string): Promise<void> {
  await page.waitForFunction(() => document.documentElement.dataset['firstView'] !== 'stale');
  await page.locator(`[data-chart-card="${id}"]`).scrollIntoViewIfNeeded();
}

/**
 * Opens "Your reports" and waits for its content, which the app renders when the panel is first
 * opened (so a file is only ever chosen on the app's own input).
 */
export async function openYourReports(page: Page): Promise<void> {
  const details = page.locator('details.your-reports');
  if (!(await details.evaluate((node) => (node as HTMLDetailsElement).open))) {
    await details.locator('summary').click();
  }
  await details.locator('.upload-panel').waitFor();
}

/** Chooses a file to upload in "Your reports", opened first. */
export async function chooseReportFile(
  page: Page,
  file: { name: string; buffer: Buffer; mimeType?: string },
): Promise<void> {
  await openYourReports(page);
  await page.getByLabel('选择报告文件（.txt）').setInputFiles({ mimeType: 'text/plain', ...file });
}
