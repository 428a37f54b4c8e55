import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { UPLOAD_MAX_BYTES } from '../../src/features/upload/extract-protocol.ts';
import { newPage } from './support/chromium.ts';
import { ROOT } from './support/preview-server.ts';
import { serveAppForFile } from './support/served-app.ts';

/**
 * A report of the largest size an upload accepts (5 MB, the Beihai report a hundred times
 * over): its reading can be cancelled, leaving the page as it was.
 */

const app = serveAppForFile('big-reports');

/** The Beihai report repeated to just under the upload limit. */
function fiveMegabyteReport(): Buffer {
  const seed = readFileSync(join(ROOT, 'seeds/beihai-2024.txt'), 'utf8');
  const copies = Math.floor((UPLOAD_MAX_BYTES - 1024) / Buffer.byteLength(`${seed}\n`));
  return Buffer.from(Array.from({ length: copies }, () => seed).join('\n'));
}

async function chooseFile(page: Page, name: string, buffer: Buffer): Promise<void> {
  await page.locator('details.your-reports summary').click();
  await page
    .getByLabel('选择报告文件（.txt）')
    .setInputFiles({ name, mimeType: 'text/plain', buffer });
}

describe('cancelling the upload of a 5 MB report', () => {
  it('stops the worker, stores nothing and leaves the report on screen as it was', async () => {
    const { page, errors, close } = await newPage(app.browser());
    try {
      await page.goto(app.url());
      await page.locator('[data-chart-card="growth-main"] canvas').waitFor();
      const before = {
        url: page.url(),
        report: await page.locator('.report-picker select').inputValue(),
        rows: await page.locator('table.indicator-table tbody tr').count(),
      };

      await chooseFile(page, 'big-2024.txt', fiveMegabyteReport());
      const cancel = page.getByRole('button', { name: '取消读取' });
      await cancel.waitFor();
      expect(page.workers()).toHaveLength(1);
      await cancel.click();

      // The browser reports a terminated worker gone a moment later.
      await expect.poll(() => page.workers().length, { timeout: 15_000 }).toBe(0);
      await expect.poll(() => cancel.count()).toBe(0);
      expect(await page.locator('.upload-status').textContent()).toBe('');
      expect(await page.locator('.upload-error').count()).toBe(0);
      expect(page.url()).toBe(before.url);
      expect(await page.locator('.report-picker select').inputValue()).toBe(before.report);
      expect(await page.locator('table.indicator-table tbody tr').count()).toBe(before.rows);
      expect(await page.locator('[data-stored-report]').count()).toBe(0);
      expect(await page.getByLabel('选择报告文件（.txt）').isEnabled()).toBe(true);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});
