import { describe, expect, it } from 'vitest';
import { serveBuiltApp } from './support/built-app.ts';
import { newPage } from './support/chromium.ts';

/**
 * The built app as a static host serves it (`vite preview` with public/_headers): security
 * headers on every response, 404 for data that does not exist; and hostile links in real
 * Chromium: a notice, the URL corrected, nothing injected.
 */

const app = serveBuiltApp('serving');

describe('vite preview sends the headers a static host would', () => {
  it.each(['', 'data/index.json'])('on /%s', async (path) => {
    const response = await fetch(`${app.server.url}${path}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toMatch(/frame-ancestors 'self'/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
  });

  it.each(['data/nowhere-2030.json', 'data/..%2f..%2fetc%2fpasswd', 'data/'])(
    'answers 404 for /%s, not the page',
    async (path) => {
      const response = await fetch(`${app.server.url}${path}`);
      expect(response.status).toBe(404);
      expect(await response.text()).not.toMatch(/<html/i);
    },
  );
});

describe('a hostile report= in the address', () => {
  it.each(['../../etc/passwd', '<b>x</b>', '%2e%2e%2f'])(
    'report=%s: a notice, the default report, the URL corrected, nothing injected',
    async (value) => {
      const { page, errors, close } = await newPage(app.browser);
      try {
        await page.goto(`${app.server.url}?report=${value}`);
        const notice = page.getByRole('status', { name: '链接已更正' });
        await notice.waitFor();
        const named = new URLSearchParams(`report=${value}`).get('report') ?? '';
        expect(await notice.textContent()).toContain(
          `没有报告“${named}”，显示的是${app.defaultTitle}。`,
        );
        await page.getByRole('heading', { level: 2, name: '主要指标' }).waitFor();
        await expect.poll(() => new URL(page.url()).searchParams.has('report')).toBe(false);
        expect(await page.locator('main b').count()).toBe(0);
        expect(await page.locator('body').textContent()).not.toContain('index.json');
        expect(errors).toEqual([]);
      } finally {
        await close();
      }
    },
  );
});
