import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  chooseReportFile,
  launchChromium,
  openYourReports,
  reachBelowTheFold,
} from './support/chromium.ts';
import { ROOT, buildApp, startPreview } from './support/preview-server.ts';
import type { PreviewServer } from './support/preview-server.ts';

/**
 * Bring your own report, in the built app under its Content-Security-Policy: a GBK report the
 * seeds do not contain is uploaded, shown, kept across a reload, compared with Beihai and
 * exported; each bad input gets its message; a report carrying markup runs nothing.
 */

const outDir = join(tmpdir(), `zhibiao-e2e-upload-${process.pid}`);
const fixture = (name: string): Buffer => readFileSync(join(ROOT, 'tests/fixtures', name));

let server: PreviewServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  buildApp(outDir);
  server = await startPreview(outDir);
  browser = await launchChromium();
  context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
  });
  page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  });
  await page.goto(server.url);
  await page.locator('[data-chart-card="growth-main"]').waitFor();
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.stop();
  rmSync(outDir, { recursive: true, force: true });
});

function upload(name: string, buffer: Buffer, mimeType = 'text/plain'): Promise<void> {
  return chooseReportFile(page, { name, buffer, mimeType });
}

function reportInUrl(): string | null {
  return new URL(page.url()).searchParams.get('report');
}

/** The reports "Your reports" lists (opened first: its list renders when opened). */
async function storedCount(): Promise<number> {
  await openYourReports(page);
  return page.locator('[data-stored-report]').count();
}

describe('an uploaded GBK report', () => {
  let uploadedId = '';

  it('is read in the worker, stored and opened like a bundled report', async () => {
    await upload('yunxi-2026.txt', fixture('upload-yunxi-2026.gbk.txt'));
    await page.getByText(/已添加“云溪市2026年政府工作报告”/).waitFor();
    await page.waitForFunction(() => location.search.includes('report=upload-'));
    uploadedId = reportInUrl() ?? '';
    expect(uploadedId).toMatch(/^upload-[0-9a-f]{8}$/);
    await reachBelowTheFold(page);
    const table = page.locator('table.indicator-table');
    await expect.poll(() => table.textContent()).toContain('规上工业增加值');
    expect(await table.textContent()).toContain('8.1%');
    expect(await page.locator('.report-picker select').inputValue()).toBe(uploadedId);
  });

  it('is still there after a reload', async () => {
    await page.reload();
    await page.locator('[data-chart-card="growth-main"]').waitFor();
    expect(reportInUrl()).toBe(uploadedId);
    expect(await page.locator('.report-picker select').inputValue()).toBe(uploadedId);
    expect(await storedCount()).toBe(1);
    await expect.poll(() => page.locator('main').textContent()).toContain('云溪');
  });

  it('compares with Beihai, each column naming its own year', async () => {
    await page.goto(`${server.url}?view=compare&compare=beihai-2024,${uploadedId}`);
    const card = page.locator('[data-chart-card="compare-growth"]');
    await card.waitFor();
    // The chart's table equivalent renders its rows when opened.
    await card.locator('details.table-equivalent > summary').click();
    await card.locator('table').waitFor({ state: 'attached' });
    // Each report's header starts with its colour's marker shape (● ■ …), hidden from screen readers.
    const headers = (await card.locator('table thead th').allTextContents()).map((text) =>
      text.replace(/^[●■▲◆▼★] /u, ''),
    );
    expect(headers).toEqual([
      '指标',
      '北海市 2023年结果',
      '北海市 2024年目标',
      '云溪市 2025年结果',
      '云溪市 2026年目标',
    ]);
    const gdp = card.locator('table tbody tr').filter({ hasText: '地区生产总值' });
    expect(await gdp.textContent()).toContain('6%左右');
  });

  async function exportCompare(item: RegExp): Promise<Download> {
    const card = page.locator('[data-chart-card="compare-growth"]');
    await card.getByRole('button', { name: /^导出/ }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      card.getByRole('menuitem', { name: item }).click(),
    ]);
    return download;
  }

  it('exports the comparison as data and as a picture', async () => {
    const csvDownload = await exportCompare(/CSV/);
    expect(csvDownload.suggestedFilename()).toMatch(/compare.*\.csv$/);
    const csv = readFileSync(await csvDownload.path(), 'utf8');
    expect(csv).toContain('云溪市 2026年目标');
    expect(csv).toContain('地区生产总值');

    await page.locator('[data-chart-card="compare-growth"]').scrollIntoViewIfNeeded();
    await expect
      .poll(() => page.evaluate(() => window.__zhibiaoCharts?.has('compare-growth')), {
        timeout: 15_000,
      })
      .toBe(true);
    const pngDownload = await exportCompare(/PNG 图片/);
    expect(pngDownload.suggestedFilename()).toMatch(/compare.*\.png$/);
    const png = readFileSync(await pngDownload.path());
    expect([...png.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
  });
});

describe('bad input', () => {
  const png = Buffer.from([
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82,
  ]);
  const cases: [string, string, () => Buffer, string, RegExp][] = [
    ['an empty file', 'empty.txt', () => Buffer.alloc(0), 'text/plain', /文件是空的/],
    ['an image', 'photo.png', () => png, 'image/png', /不是文本文件/],
    [
      'a file over 5 MB',
      'huge.txt',
      () => Buffer.alloc(5 * 1024 * 1024 + 1, 0x41),
      'text/plain',
      /超过 5 MB/,
    ],
    [
      'a text without indicators',
      'plain.txt',
      () => fixture('upload-no-indicators.txt'),
      'text/plain',
      /没有找到任何指标/,
    ],
  ];

  for (const [what, name, bytes, mimeType, message] of cases) {
    it(`shows a message for ${what}, keeps the view and stores nothing`, async () => {
      await page.goto(`${server.url}?report=china-2024`);
      await page.locator('[data-chart-card="growth-main"]').waitFor();
      const before = await storedCount();
      await upload(name, bytes(), mimeType);
      const alert = page.locator('.upload-error');
      await alert.waitFor();
      expect(await alert.textContent()).toMatch(message);
      expect(reportInUrl()).toBe('china-2024');
      expect(await storedCount()).toBe(before);
    });
  }
});

describe('a report carrying markup', () => {
  it('shows the markup as text and runs none of it', async () => {
    await page.goto(server.url);
    await page.locator('[data-chart-card="growth-main"]').waitFor();
    await upload('markup.txt', fixture('upload-markup-2026.txt'));
    await page.waitForFunction(() => location.search.includes('report=upload-'));
    await page.locator('[data-chart-card="growth-main"]').waitFor();
    // Open the source view from the first indicator in the table.
    await page.locator('table.indicator-table tbody tr .link-button').first().click();
    const source = page.locator('.source-panel');
    await source.waitFor();
    await expect.poll(() => source.textContent()).toContain('<img src=x onerror=');
    expect(await source.textContent()).toContain('<script>');
    expect(
      await page.evaluate(() => (window as { __zhibiaoInjected?: unknown }).__zhibiaoInjected),
    ).toBeUndefined();
    expect(await page.locator('img[src="x"], main script').count()).toBe(0);
  });

  it('shows the markup as text in the comparison tooltip too', async () => {
    const id = reportInUrl();
    await page.goto(`${server.url}?view=compare&compare=beihai-2024,${id}`);
    const card = page.locator('[data-chart-card="compare-growth"]');
    await card.scrollIntoViewIfNeeded();
    await expect
      .poll(() => page.evaluate(() => window.__zhibiaoCharts?.has('compare-growth')), {
        timeout: 15_000,
      })
      .toBe(true);
    // The uploaded report's GDP result: its quote ends in <img src=x onerror=…>.
    await page.evaluate(() =>
      window.__zhibiaoCharts?.get('compare-growth')?.dispatchAction({
        type: 'showTip',
        seriesIndex: 2,
        dataIndex: 0,
      }),
    );
    await expect.poll(() => card.textContent()).toContain('<img src=x onerror=');
    expect(
      await page.evaluate(() => (window as { __zhibiaoInjected?: unknown }).__zhibiaoInjected),
    ).toBeUndefined();
    expect(await page.locator('img[src="x"], main script').count()).toBe(0);
  });
});

describe('a report that does not say its years', () => {
  // Part headings without a year (过去一年, 今年): the extractor cannot tell the years.
  const yearless = [
    '各位代表：',
    '一、过去一年工作回顾',
    '全市地区生产总值增长5.8%，规上工业增加值增长9.2%，一般公共预算收入增长8.8%。',
    '二、今年工作安排',
    '今年经济社会发展的主要预期目标是：地区生产总值增长5.5%左右，规上工业增加值增长8%。',
    '',
  ].join('\n');

  it('asks for the years, reads it again with them in the worker, and charts it', async () => {
    await page.goto(`${server.url}?report=china-2024`);
    await page.locator('[data-chart-card="growth-main"]').waitFor();
    const before = await storedCount();
    await upload('示例市2026.txt', Buffer.from(yearless));
    const form = page.getByRole('form', { name: '这份报告是哪一年的？' });
    await form.waitFor();
    expect(await form.getByRole('spinbutton', { name: /回顾年份/ }).inputValue()).toBe('2025');
    expect(await form.getByRole('spinbutton', { name: /计划年份/ }).inputValue()).toBe('2026');
    expect(await form.textContent()).toContain('建议值，仅供参考');
    expect(await storedCount()).toBe(before);
    expect(reportInUrl()).toBe('china-2024');

    await form.getByRole('button', { name: '按这些年份重新读取' }).click();
    await page.getByText(/按你填写的年份（2025 年结果、2026 年目标）读取/).waitFor();
    await page.waitForFunction(() => location.search.includes('report=upload-'));
    const growth = page.locator('[data-chart-card="growth-main"]');
    await growth.waitFor();
    expect(await growth.locator('h3').textContent()).toBe('增长：2025年结果与2026年目标');
    expect(await storedCount()).toBe(before + 1);
  });
});

describe('deleting an uploaded report', () => {
  it('asks first, then forgets it and leaves its view', async () => {
    await openYourReports(page);
    const row = page.locator('[data-stored-report]').filter({ hasText: '云溪' });
    const id = (await row.getAttribute('data-stored-report')) ?? '';
    await page.goto(`${server.url}?report=${id}`);
    await page.locator('[data-chart-card="growth-main"]').waitFor();
    const before = await storedCount();
    await row.getByRole('button', { name: /删除/ }).click();
    await row.getByRole('button', { name: '取消' }).click();
    expect(await storedCount()).toBe(before);
    await row.getByRole('button', { name: /删除/ }).click();
    await row.getByRole('button', { name: '确认删除' }).click();
    await expect.poll(storedCount).toBe(before - 1);
    await expect.poll(reportInUrl).toBeNull();
    await page.reload();
    await page.locator('[data-chart-card="growth-main"]').waitFor();
    expect(await page.locator('.report-picker select').inputValue()).toBe('beihai-2024');
    const options = await page.locator('.report-picker option').allTextContents();
    expect(options.join(' ')).not.toContain('云溪');
  });
});

describe('the Content-Security-Policy', () => {
  it('is served with the built page and refuses an inline script', async () => {
    const html = await (await fetch(server.url)).text();
    const policy = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? '';
    // The one inline script allowed is the build's first-view guard, by its hash.
    expect(policy).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/]+=*';/);
    expect(policy).not.toMatch(/unsafe-inline[^;]*;\s*style-src/);
    expect(policy).not.toMatch(/https?:/);
    // A page of its own: the refusal is logged as a console error on purpose.
    const probe = await context.newPage();
    await probe.goto(server.url);
    const ran = await probe.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__zhibiaoInline = true;';
      document.head.append(script);
      return (window as { __zhibiaoInline?: boolean }).__zhibiaoInline ?? false;
    });
    expect(ran).toBe(false);
    await probe.close();
  });
});

describe('the comparison picker', () => {
  it('keeps the chosen bundled reports in the URL', async () => {
    await page.goto(`${server.url}?view=compare`);
    const picker = page.locator('.compare-picker');
    await picker.getByRole('checkbox', { name: /北海市/ }).check();
    // The library holds seven national reports; the chip names the year.
    await picker.getByRole('checkbox', { name: /全国 2024/ }).check();
    await page.locator('[data-chart-card="compare-growth"]').waitFor();
    expect(new URL(page.url()).searchParams.get('compare')).toBe('beihai-2024,china-2024');
  });
});

describe('the page', () => {
  it('logged no errors and no Content-Security-Policy violation', () => {
    expect(pageErrors).toEqual([]);
  });
});
