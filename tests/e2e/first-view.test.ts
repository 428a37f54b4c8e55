import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { HEADLINE_TIMING } from '../../src/features/headline-cards/headline-model.ts';
import { newPage, reachBelowTheFold } from './support/chromium.ts';
import { serveAppForFile } from './support/served-app.ts';

/**
 * The built index.html carries the default view, prerendered: it paints without JavaScript,
 * the app hydrates it without a mismatch and shows the same numbers, and an address that asks
 * for another view never shows the default report's numbers while the app starts.
 */

const app = serveAppForFile('first-view');

/**
 * Opens the build's page in a 1400 × 900 window with the app's code held back until `release`:
 * the reader uses the plain page first.
 */
async function openWithTheAppHeld(): Promise<{
  page: Page;
  release: () => void;
  close: () => Promise<void>;
}> {
  const { page, close } = await newPage(app.browser());
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/*.js', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(app.url(), { waitUntil: 'domcontentloaded' });
  return { page, release, close };
}

/** What a reader sees in the headline cards, text only. */
function headlineText(page: Page): Promise<string> {
  return page.locator('.headline-section').innerText();
}

/** Resolves once the main chart's canvas is on the page: the live chart has drawn. */
async function waitForMainChart(page: Page): Promise<void> {
  await page.waitForFunction(
    () => document.querySelector('[data-chart-id="growth-main"] canvas'),
    undefined,
    { timeout: 30_000 },
  );
}

/**
 * Resolves once the app runs: the indicator table renders only in the browser, after hydration,
 * when the reader reaches past the first screen.
 */
async function waitForApp(page: Page): Promise<void> {
  await reachBelowTheFold(page);
}

/** The build's picture of the main chart that this screen shows. */
function shownPicture(page: Page) {
  return page.locator('[data-prerendered-chart="growth-main"] .chart-picture:visible');
}

/**
 * The picture this screen shows is the `layout` one, drawn at exactly this chart box's width
 * (src/app/prerender-first-view.tsx, PICTURE_LAYOUTS).
 */
async function expectPictureOfThisBox(page: Page, layout: 'wide' | 'narrow'): Promise<void> {
  const picture = shownPicture(page);
  expect(await picture.getAttribute('data-layout')).toBe(layout);
  const box = page.locator('[data-prerendered-chart="growth-main"]');
  expect(await box.evaluate((element) => element.clientWidth)).toBe(
    Number(await picture.getAttribute('data-width')),
  );
}

describe('the prerendered first view', () => {
  it('paints the header, filters, headline cards and the chart frame with JavaScript off', async () => {
    const context = await app.browser().newContext({
      javaScriptEnabled: false,
      viewport: { width: 1400, height: 900 },
    });
    try {
      const page = await context.newPage();
      await page.goto(app.url());
      await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toContain('指标');
      await expect(
        page.getByRole('heading', { level: 2, name: '主要指标' }).isVisible(),
      ).resolves.toBe(true);
      expect(await headlineText(page)).toMatch(/\d/);
      expect(await page.getByRole('combobox', { name: '报告' }).isVisible()).toBe(true);
      // The main chart itself, as the build drew it: a labelled picture of its rows.
      const picture = shownPicture(page);
      expect(await picture.getAttribute('role')).toBe('img');
      expect(await picture.getAttribute('aria-label')).toContain('地区生产总值');
      // With scripts off it is an image of the build's SVG file, which draws the rows.
      const image = picture.locator('img');
      await expect(
        image.evaluate((img: HTMLImageElement) => img.decode()),
      ).resolves.toBeUndefined();
      const file = await page.request.get(
        new URL((await image.getAttribute('src')) ?? '', page.url()).href,
      );
      expect(file.headers()['content-type']).toContain('image/svg+xml');
      expect(await file.text()).toContain('地区生产总值');
    } finally {
      await context.close();
    }
  });

  it('paints the header in a frame of its own, then the headline cards below it, with nothing seen to move', async () => {
    const { page, close } = await newPage(app.browser());
    try {
      await page.addInitScript(
        ([timing]) => {
          const probe = { firstFrameShowsCards: null as boolean | null, cards: 0, shifted: 0 };
          (window as unknown as { __probe: typeof probe }).__probe = probe;
          // Registered before the page's own scripts: runs first in the page's first frame.
          requestAnimationFrame(() => {
            const section = document.querySelector('.headline-section');
            probe.firstFrameShowsCards = section !== null && section.checkVisibility();
          });
          new PerformanceObserver((list) => {
            const entries = list.getEntries() as (PerformanceEntry & {
              identifier: string;
              renderTime: number;
            })[];
            const cards = entries.find((entry) => entry.identifier === timing);
            if (cards && probe.cards === 0) probe.cards = cards.renderTime;
          }).observe({ type: 'element', buffered: true });
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries())
              probe.shifted += (entry as PerformanceEntry & { value: number }).value;
          }).observe({ type: 'layout-shift', buffered: true });
        },
        [HEADLINE_TIMING] as const,
      );
      await page.goto(app.url());
      await page.waitForFunction(
        () => (window as unknown as { __probe: { cards: number } }).__probe.cards > 0,
      );
      await waitForApp(page);
      const probe = await page.evaluate(() => ({
        ...(
          window as unknown as {
            __probe: { firstFrameShowsCards: boolean | null; cards: number; shifted: number };
          }
        ).__probe,
        firstPaint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0,
        mark: document.documentElement.hasAttribute('data-header-first'),
      }));
      expect(probe.firstFrameShowsCards, 'the first frame is the header alone').toBe(false);
      expect(probe.firstPaint).toBeGreaterThan(0);
      expect(probe.cards).toBeGreaterThanOrEqual(probe.firstPaint);
      expect(probe.mark, 'the content is not left hidden').toBe(false);
      await expect(page.locator('.headline-section').isVisible()).resolves.toBe(true);
      expect(probe.shifted, 'layout shift while the page loads').toBe(0);
    } finally {
      await close();
    }
  });

  it('is hydrated, not replaced: same nodes, same headline numbers, nothing in the console', async () => {
    const context = await app.browser().newContext({ viewport: { width: 1400, height: 900 } });
    try {
      const page = await context.newPage();
      const messages: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error' || message.type() === 'warning') {
          messages.push(`${message.type()}: ${message.text()}`);
        }
      });
      page.on('pageerror', (error) => messages.push(`pageerror: ${error.message}`));
      // Before any script of the page runs: keep the prerendered header node and its numbers.
      await page.addInitScript(() => {
        document.addEventListener('DOMContentLoaded', () => {
          const probe = window as unknown as { __header: Element | null; __headline: string };
          probe.__header = document.querySelector('#root header');
          probe.__headline = document.querySelector('.headline-section')?.textContent ?? '';
        });
      });
      await page.goto(app.url());
      await waitForApp(page);
      const kept = await page.evaluate(() => {
        const probe = window as unknown as { __header: Element | null; __headline: string };
        return {
          sameHeader:
            probe.__header !== null && probe.__header === document.querySelector('#root header'),
          prerendered: probe.__headline,
          shown: document.querySelector('.headline-section')?.textContent ?? '',
        };
      });
      expect(kept.prerendered).toMatch(/\d/);
      expect(kept.shown).toBe(kept.prerendered);
      expect(kept.sameHeader, 'hydrateRoot keeps the prerendered nodes').toBe(true);
      expect(await page.locator('canvas').count(), 'no ECharts until the chart is reached').toBe(0);
      // Reaching for the chart draws the live one, which takes the picture's place.
      await shownPicture(page).hover();
      await waitForMainChart(page);
      await page.locator('[data-prerendered-chart]').waitFor({ state: 'detached' });
      expect(messages).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('keeps a chip unticked and a filter chosen before the app ran, in the view and the address, and counts them as the first input', async () => {
    const { page, release, close } = await openWithTheAppHeld();
    try {
      await page.locator('input[name="sectors"][value="industry"]').uncheck();
      await page.locator('select[name="measure"]').selectOption('growth');
      release();
      await page.waitForURL(/measure=growth/, { timeout: 30_000 });
      expect(new URL(page.url()).searchParams.get('sectors')?.split(',')).not.toContain('industry');
      expect(await page.locator('input[name="sectors"][value="industry"]').isChecked()).toBe(false);
      expect(await page.locator('select[name="measure"]').inputValue()).toBe('growth');
      const cards = await headlineText(page);
      expect(cards).not.toContain('规上工业增加值');
      expect(cards).toContain('地区生产总值');
      // Those clicks were the reader's first input: what lies below the first screen renders
      // without another.
      await page.locator('table.indicator-table').waitFor({ timeout: 30_000 });
    } finally {
      await close();
    }
  });

  it('clicks again, once the app runs, a headline number and a language clicked before it', async () => {
    const { page, release, close } = await openWithTheAppHeld();
    try {
      const number = page.locator('button.headline-value').first();
      const indicator = await number.getAttribute('value');
      await number.click();
      await page.locator('button[name="lang"][value="en"]').click();
      release();
      await page.waitForURL(/lang=en/, { timeout: 30_000 });
      await page.getByRole('complementary', { name: 'Report text' }).waitFor();
      expect(new URL(page.url()).searchParams.get('indicator')).toBe(indicator);
      expect(
        await page.locator('button[name="lang"][value="en"]').getAttribute('aria-pressed'),
      ).toBe('true');
    } finally {
      await close();
    }
  });

  it('draws the live chart, unasked, when its picture cannot be fetched after the app has started', async () => {
    const { page, close } = await newPage(app.browser());
    try {
      let fail = () => {};
      const failing = new Promise<void>((resolve) => (fail = resolve));
      await page.route('**/assets/picture-*.svg', async (route) => {
        await failing;
        await route.fulfill({ status: 503, body: '' });
      });
      await page.goto(app.url());
      // Hydrated: React has attached its props to the chart's box.
      await page.waitForFunction(
        () => {
          const box = document.querySelector('[data-prerendered-chart="growth-main"]');
          return box !== null && Object.keys(box).some((key) => key.startsWith('__reactProps'));
        },
        undefined,
        { timeout: 30_000 },
      );
      fail();
      await waitForMainChart(page);
    } finally {
      await close();
    }
  });

  it('keeps the picture drawn for a phone on a phone, and draws live in a dark theme', async () => {
    const phone = await newPage(app.browser(), { viewport: { width: 412, height: 823 } });
    const dark = await newPage(app.browser(), { colorScheme: 'dark' });
    try {
      await phone.page.goto(app.url());
      await waitForApp(phone.page);
      await expectPictureOfThisBox(phone.page, 'narrow');
      expect(await phone.page.locator('canvas').count()).toBe(0);
      // Below the phone's cards, its SVG is put in place as the chart comes near. Scrolling
      // there also brings the sector views below, whose charts are live: only the main chart's
      // box is asked.
      await phone.page.locator('[data-prerendered-chart="growth-main"]').scrollIntoViewIfNeeded();
      await shownPicture(phone.page).locator('svg').waitFor();
      expect(await phone.page.locator('[data-chart-id="growth-main"] canvas').count()).toBe(0);

      await dark.page.goto(app.url());
      await waitForMainChart(dark.page);
    } finally {
      await phone.close();
      await dark.close();
    }
  });

  it("drew the desktop picture at the width of a 1400 px window's chart box, and gives way in a narrower one", async () => {
    const { page, close } = await newPage(app.browser());
    try {
      await page.goto(app.url());
      await waitForApp(page);
      await expectPictureOfThisBox(page, 'wide');
      // A window made narrower than the picture allows gets the live chart, unasked.
      await page.setViewportSize({ width: 1000, height: 900 });
      await waitForMainChart(page);
    } finally {
      await close();
    }
  });

  it('never shows the default report on another address, then shows the one asked for', async () => {
    const context = await app.browser().newContext({ viewport: { width: 1400, height: 900 } });
    try {
      const page = await context.newPage();
      await page.addInitScript(() => {
        document.addEventListener('DOMContentLoaded', () => {
          const root = document.getElementById('root');
          (window as unknown as { __rootVisibility: string }).__rootVisibility = root
            ? getComputedStyle(root).visibility
            : '';
        });
      });
      await page.goto(`${app.url()}?report=zhongguo-2023`);
      expect(
        await page.evaluate(
          () => (window as unknown as { __rootVisibility: string }).__rootVisibility,
        ),
        'the prerendered default report is hidden from the first paint',
      ).toBe('hidden');
      await waitForMainChart(page);
      expect(await page.getByRole('combobox', { name: '报告' }).inputValue()).toBe('zhongguo-2023');
      expect(
        await page.locator('#root').evaluate((root) => getComputedStyle(root).visibility),
      ).toBe('visible');
    } finally {
      await context.close();
    }
  });
});
