import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import type { Browser, BrowserContext, Download, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../support/parse-csv.ts';
import { launchChromium, scrollToChartCard } from './support/chromium.ts';
import {
  buildApp,
  bundledDataIsReal,
  startPreview,
  useFixtureData,
} from './support/preview-server.ts';
import type { PreviewServer } from './support/preview-server.ts';

/**
 * Every export of the main growth chart, and the indicator table's CSV, in real Chromium: each
 * file is captured as the browser saves it and checked the way a reader would open it.
 */

const outDir = join(tmpdir(), `zhibiao-e2e-export-${process.pid}`);
const SECTORS = ['economy', 'industry'] as const;
const MAIN_CHART = '[data-chart-card="growth-main"]';

let server: PreviewServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let reportId: string;
const pageErrors: string[] = [];

interface ChartFacts {
  width: number;
  height: number;
  categories: number;
}

beforeAll(async () => {
  buildApp(outDir);
  reportId = 'beihai-2024';
  if (!bundledDataIsReal(outDir)) {
    useFixtureData(outDir);
    reportId = 'fixture-2024';
  }
  server = await startPreview(outDir);
  browser = await launchChromium();
  // Scale 1, so that "twice the on-screen size" is twice the CSS size of the chart.
  context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    deviceScaleFactor: 1,
    acceptDownloads: true,
  });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: new URL(server.url).origin,
  });
  page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  });
  await openReport(page, `sectors=${SECTORS.join(',')}`);
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.stop();
  rmSync(outDir, { recursive: true, force: true });
});

function mainCard(): Locator {
  return page.locator(MAIN_CHART);
}

/** The chart's CSS size as laid out, and how many rows (data points) it draws. */
async function chartFacts(): Promise<ChartFacts> {
  const box = await mainCard().locator('[data-chart-id="growth-main"]').boundingBox();
  if (!box) throw new Error('the growth chart is not laid out');
  const categories = await page.evaluate(() => {
    type Chart = { getOption: () => { yAxis: { data: unknown[] }[] } };
    const charts = (window as unknown as { __zhibiaoCharts: Map<string, Chart> }).__zhibiaoCharts;
    return charts.get('growth-main')?.getOption().yAxis[0]?.data.length ?? -1;
  });
  return { width: Math.round(box.width), height: Math.round(box.height), categories };
}

async function exportFrom(card: Locator, item: RegExp, target = page): Promise<Download> {
  await card.getByRole('button', { name: /^导出/ }).click();
  const [download] = await Promise.all([
    target.waitForEvent('download'),
    card.getByRole('menuitem', { name: item }).click(),
  ]);
  return download;
}

async function bytesOf(download: Download): Promise<Buffer> {
  return readFileSync(await download.path());
}

function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  expect([...bytes.subarray(0, 8)]).toEqual(signature);
  expect(Buffer.from(bytes.subarray(12, 16)).toString('latin1')).toBe('IHDR');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/**
 * The top-left pixel of a PNG as RGBA. Whatever the row's filter, the first pixel of the first
 * row is stored as is (every predictor reads zeros there), so no full decoder is needed.
 */
function firstPixel(png: Buffer): number[] {
  const colorType = png[25];
  const idat: Buffer[] = [];
  for (let offset = 8; offset < png.length;) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('latin1', offset + 4, offset + 8);
    if (type === 'IDAT') idat.push(png.subarray(offset + 8, offset + 8 + length));
    offset += length + 12;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const channels = colorType === 6 ? 4 : 3;
  const pixel = [...raw.subarray(1, 1 + channels)];
  return channels === 4 ? pixel : [...pixel, 255];
}

async function openReport(target: Page, query: string): Promise<void> {
  await target.goto(`${server.url}?report=${reportId}&${query}`);
  // Charts are drawn when they come near the viewport.
  await scrollToChartCard(target, 'growth-main');
  await target.waitForFunction(
    () =>
      (window as unknown as { __zhibiaoCharts?: Map<string, unknown> }).__zhibiaoCharts?.has(
        'growth-main',
      ) === true,
  );
}

/** The chart's table equivalent as shown on the page (opened: rows render then): body rows. */
async function tableEquivalent(): Promise<string[][]> {
  const closed = mainCard().locator('details.table-equivalent:not([open]) > summary');
  if ((await closed.count()) > 0) await closed.click();
  await mainCard().locator('details.table-equivalent table').waitFor({ state: 'attached' });
  return mainCard()
    .locator('table tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent ?? '')),
    );
}

describe('the export menu', () => {
  it('is on every chart card', async () => {
    const cards = await page.locator('[data-chart-card]').count();
    expect(cards).toBeGreaterThanOrEqual(3);
    expect(await page.locator('[data-chart-card] .export-menu-button').count()).toBe(cards);
  });
});

describe('exporting the main growth chart', () => {
  it('downloads a PNG at twice the chart’s width, taller by its subtitle and key', async () => {
    const facts = await chartFacts();
    const download = await exportFrom(mainCard(), /PNG 图片/);
    expect(download.suggestedFilename()).toBe(`${reportId}-growth-main-${SECTORS.join('-')}.png`);
    const size = pngSize(await bytesOf(download));
    expect(size.width).toBe(facts.width * 2);
    // A subtitle line (17 px) and a sector key line (18 px) at least, above the chart.
    expect(size.height).toBeGreaterThanOrEqual((facts.height + 17 + 18) * 2);
    if (process.env['SAVE_EXPORT_EXAMPLE']) {
      // One-off: refreshes the README's example image (docs/export-example.png).
      const { copyFileSync } = await import('node:fs');
      copyFileSync(await download.path(), process.env['SAVE_EXPORT_EXAMPLE']);
    }
  });

  it('downloads an SVG of real vectors that carries the title, filters and source', async () => {
    const title = (await mainCard().locator('h3').textContent()) ?? '';
    const { categories } = await chartFacts();
    const download = await exportFrom(mainCard(), /SVG/);
    expect(download.suggestedFilename()).toMatch(/\.svg$/);
    const svg = (await bytesOf(download)).toString('utf8');
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        root: doc.documentElement.nodeName,
        shapes: doc.querySelectorAll('path, rect').length,
        images: doc.querySelectorAll('image').length,
        text: [...doc.querySelectorAll('text')].map((node) => node.textContent ?? '').join('\n'),
      };
    }, svg);
    expect(parsed.error).toBeNull();
    expect(parsed.root).toBe('svg');
    expect(parsed.images).toBe(0);
    expect(parsed.shapes).toBeGreaterThan(categories);
    expect(parsed.text).toContain(title);
    expect(parsed.text).toContain('领域：经济总量、工业');
    // The legend, with the goals' comparator marks, and the unit.
    expect(parsed.text).toMatch(/目标 ≥（以上）/);
    expect(parsed.text).toContain('单位：%');
    expect(parsed.text).toMatch(/来源：.+ · 导出于 \d{4}-\d{2}-\d{2}/);
  });

  it('downloads CSV with a BOM and a header, one row per data point, Chinese intact', async () => {
    const { categories } = await chartFacts();
    const shown = await tableEquivalent();
    const bytes = await bytesOf(await exportFrom(mainCard(), /CSV/));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(bytes.toString('utf8'));
    const [header, ...body] = rows;
    expect(header?.length).toBeGreaterThan(1);
    expect(body).toHaveLength(categories);
    expect(body).toHaveLength(shown.length);
    expect(body.map((row) => row[0])).toEqual(shown.map((row) => row[0]));
    expect(body[0]?.[0]).toMatch(/[\u4e00-\u9fff]/);
    // For analysis: the result's and the goal's value columns are numbers wherever stated.
    const valueColumns = (header ?? []).flatMap((name, index) =>
      name.endsWith(' · 数值') ? [index] : [],
    );
    expect(valueColumns).toHaveLength(2);
    for (const index of valueColumns) {
      const cells = body.map((row) => row[index] ?? '').filter((cell) => cell !== '');
      expect(cells.length).toBeGreaterThan(0);
      expect(cells.filter((cell) => !Number.isFinite(Number(cell)))).toEqual([]);
    }
  });

  it('downloads JSON of the same rows', async () => {
    const { categories } = await chartFacts();
    const download = await exportFrom(mainCard(), /JSON/);
    const parsed = JSON.parse((await bytesOf(download)).toString('utf8')) as {
      reports: { id: string }[];
      sectors: string[];
      rows: unknown[];
    };
    expect(parsed.reports.map((report) => report.id)).toEqual([reportId]);
    expect(parsed.sectors).toEqual([...SECTORS]);
    expect(parsed.rows).toHaveLength(categories);
  });

  it('paints the PNG on the page’s opaque background, in the dark theme too', async () => {
    const surface = await mainCard().evaluate(
      (element) => getComputedStyle(element).backgroundColor,
    );
    const light = firstPixel(await bytesOf(await exportFrom(mainCard(), /PNG 图片/)));
    expect(`rgb(${light.slice(0, 3).join(', ')})`).toBe(surface);
    expect(light[3]).toBe(255);

    const dark = await context.newPage();
    try {
      await openReport(dark, 'theme=dark');
      const card = dark.locator(MAIN_CHART);
      const darkSurface = await card.evaluate(
        (element) => getComputedStyle(element).backgroundColor,
      );
      const pixel = firstPixel(await bytesOf(await exportFrom(card, /PNG 图片/, dark)));
      expect(`rgb(${pixel.slice(0, 3).join(', ')})`).toBe(darkSurface);
      expect(pixel[3]).toBe(255);
      expect(pixel.slice(0, 3).every((channel) => channel < 64)).toBe(true);
    } finally {
      await dark.close();
    }
  });

  it('works from the keyboard alone', async () => {
    const button = mainCard().getByRole('button', { name: /^导出/ });
    await button.focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() =>
        mainCard()
          .getByRole('menuitem', { name: /PNG 图片/ })
          .evaluate((item) => item === document.activeElement),
      )
      .toBe(true);
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowUp');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.keyboard.press('Enter'),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.json$/);
    expect(await button.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.press('Space');
    await page.keyboard.press('Escape');
    expect(await mainCard().getByRole('menu').count()).toBe(0);
  });

  it('copies the image to the clipboard as a PNG', async () => {
    const facts = await chartFacts();
    await mainCard().getByRole('button', { name: /^导出/ }).click();
    await mainCard()
      .getByRole('menuitem', { name: /复制图片/ })
      .click();
    await expect
      .poll(() => mainCard().getByRole('status').textContent())
      .toContain('图片已复制到剪贴板');
    const copied = await page.evaluate(async () => {
      const items = await navigator.clipboard.read();
      const item = items.find((entry) => entry.types.includes('image/png'));
      if (!item) return null;
      const blob = await item.getType('image/png');
      return [...new Uint8Array(await blob.arrayBuffer()).subarray(0, 32)];
    });
    expect(copied).not.toBeNull();
    const size = pngSize(Uint8Array.from(copied ?? []));
    // The same image as the download: as wide as the chart, taller by what it adds.
    expect(size.width).toBe(facts.width * 2);
    expect(size.height).toBeGreaterThanOrEqual((facts.height + 17 + 18) * 2);
  });
});

describe('when the clipboard is refused', () => {
  it('says so instead of failing silently', async () => {
    const refused = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      const target = await refused.newPage();
      const info = await (await refused.newCDPSession(target)).send('Target.getTargetInfo');
      const cdp = await browser.newBrowserCDPSession();
      await cdp.send('Browser.setPermission', {
        permission: { name: 'clipboard-write' },
        setting: 'denied',
        origin: new URL(server.url).origin,
        browserContextId: info.targetInfo.browserContextId,
      });
      await openReport(target, '');
      const card = target.locator(MAIN_CHART);
      await card.getByRole('button', { name: /^导出/ }).click();
      await card.getByRole('menuitem', { name: /复制图片/ }).click();
      await expect
        .poll(() => card.getByRole('alert').textContent())
        .toBe('复制失败：剪贴板权限被拒绝。');
    } finally {
      await refused.close();
    }
  });
});

describe('exporting the indicator table', () => {
  it('downloads every filtered indicator as CSV', async () => {
    const table = page.locator('section.table-card');
    const button = table.getByRole('button', { name: /表格下载为 CSV/ });
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    expect(download.suggestedFilename()).toBe(`${reportId}-indicators-${SECTORS.join('-')}.csv`);
    const rows = parseCsv((await bytesOf(download)).toString('utf8'));
    const shown = await table.locator('tbody tr').count();
    expect(rows.length - 1).toBe(shown);
    expect(rows.slice(1).every((row) => row.length === rows[0]?.length)).toBe(true);
  });
});

describe('the page', () => {
  it('logged no errors while exporting', () => {
    expect(pageErrors).toEqual([]);
  });
});
