import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { serveBuiltApp } from './support/built-app.ts';
import { chooseReportFile, newPage, openYourReports, waitForChart } from './support/chromium.ts';
import { ROOT } from './support/preview-server.ts';

/**
 * The browser's storage in real Chromium: blocked, and full (a real quota, set through the
 * DevTools protocol), each with its message and the report still viewable for the visit; two
 * tabs that follow each other; the same report in GBK and UTF-8 as one entry.
 */

const app = serveBuiltApp('storage');
const gbk = readFileSync(join(ROOT, 'tests/fixtures/upload-yunxi-2026.gbk.txt'));
const utf8 = Buffer.from(new TextDecoder('gb18030').decode(gbk), 'utf8');

async function openApp(page: Page): Promise<void> {
  await page.goto(app.server.url);
  await page.getByRole('heading', { level: 2, name: '主要指标' }).waitFor();
  // The heading is already in the prerendered page; the app is live once it has drawn the chart
  // (a browser whose storage refuses is rendered afresh, which would close the panel again).
  await waitForChart(page, 'growth-main');
  await openYourReports(page);
}

function upload(page: Page, name: string, buffer: Buffer): Promise<void> {
  return chooseReportFile(page, { name, buffer });
}

/** The uploaded report is on screen, named in the URL, and marked as not kept. */
async function expectOpenedNotKept(page: Page): Promise<void> {
  await page.waitForFunction(() => location.search.includes('report=upload-'));
  const note = page.locator('[data-not-kept]');
  await note.waitFor();
  expect(await note.textContent()).toContain('这份报告没有保存在本浏览器中');
  await expect
    .poll(() => page.locator('table.indicator-table').textContent())
    .toContain('规上工业增加值');
}

describe('storage that refuses', () => {
  it('blocked: the message names the cause, and the report is viewable for the visit', async () => {
    const { page, close } = await newPage(app.browser);
    try {
      // What a browser with site data blocked does: open() throws SecurityError.
      await page.addInitScript(() => {
        IDBFactory.prototype.open = () => {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        };
      });
      await openApp(page);
      await upload(page, 'yunxi.txt', gbk);
      const alert = page.locator('.upload-panel [role="alert"]');
      await alert.waitFor();
      expect(await alert.textContent()).toContain('本浏览器不允许本站保存数据');
      await expectOpenedNotKept(page);
    } finally {
      await close();
    }
  });

  it('a full quota (real, 1 KB): the size needed, and the report viewable for the visit', async () => {
    const { page, close } = await newPage(app.browser);
    try {
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Storage.overrideQuotaForOrigin', {
        origin: new URL(app.server.url).origin,
        quotaSize: 1024,
      });
      await openApp(page);
      await upload(page, 'yunxi.txt', gbk);
      const alert = page.locator('.upload-panel [role="alert"]');
      await alert.waitFor();
      expect(await alert.textContent()).toMatch(/浏览器的存储空间已满（这份报告约需 \d+ KB/);
      await expectOpenedNotKept(page);
    } finally {
      await close();
    }
  });
});

describe('two tabs and two encodings', () => {
  it('an upload in one tab shows in the other; GBK and UTF-8 of one report are one entry', async () => {
    const context = await app.browser.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      const [first, second] = [await context.newPage(), await context.newPage()];
      await openApp(first);
      await openApp(second);
      await upload(first, 'yunxi-gbk.txt', gbk);
      await first.getByText(/已添加“云溪市2026年政府工作报告”/).waitFor();
      const listed = second.locator('[data-stored-report]');
      await expect.poll(() => listed.count()).toBe(1);
      await upload(first, 'yunxi-utf8.txt', utf8);
      await expect.poll(() => listed.textContent()).toContain('yunxi-utf8.txt');
      expect(await listed.count()).toBe(1);
      expect(await first.locator('[data-stored-report]').count()).toBe(1);
    } finally {
      await context.close();
    }
  });
});
