import { readFileSync } from 'node:fs';
import type { Download, Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../support/parse-csv.ts';
import { chooseReportFile, newPage } from './support/chromium.ts';
import { serveAppForFile } from './support/served-app.ts';

/**
 * The attainment ledger in real Chromium against the built app and the committed library:
 * switching the rule and the tolerance changes verdicts, a row's two sentences open in the
 * report's source view, the subject chart marks missed years, and both CSVs download and parse.
 */

const app = serveAppForFile('ledger');

function params(page: Page): URLSearchParams {
  return new URL(page.url()).searchParams;
}

async function openLedger(page: Page, query = 'view=ledger&subject=gdp'): Promise<void> {
  await page.goto(`${app.url()}?${query}`);
  await page.getByRole('heading', { level: 2, name: /目标达成台账|Attainment ledger/ }).waitFor();
}

/** The ledger row of one place × subject × target year (growth). */
function row(page: Page, place: string, subject: string, year: number): Locator {
  return page.locator(`tr[data-ledger-row="${place}|${subject}|growth|${year}"]`);
}

function verdictOf(page: Page, place: string, subject: string, year: number) {
  return () => row(page, place, subject, year).getAttribute('data-verdict');
}

async function downloadFrom(page: Page, control: Locator): Promise<Download> {
  const [download] = await Promise.all([page.waitForEvent('download'), control.click()]);
  return download;
}

async function csvOf(download: Download): Promise<{ header: string[]; rows: string[][] }> {
  const text = readFileSync(await download.path(), 'utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  const [header = [], ...rows] = parseCsv(text);
  return { header, rows };
}

/** The text of the sentence the source view marks as the selected number's. */
async function selectedSentence(source: Locator): Promise<string> {
  const parts = await source.locator('.source-text .in-sentence').allTextContents();
  return parts.join('');
}

describe('the attainment ledger in Chromium', () => {
  it('switches the rule and the tolerance, and verdicts follow', async () => {
    const { page, errors, close } = await newPage(app.browser());
    await openLedger(page);
    await expect.poll(verdictOf(page, '全国', 'gdp', 2022)).toBe('missed');
    expect(await row(page, '全国', 'gdp', 2022).textContent()).toMatch(/5\.5%左右.*3%.*-2\.5/);
    await expect.poll(verdictOf(page, '上海市', 'gdp', 2023)).toBe('missed');
    await expect.poll(verdictOf(page, '上海市', 'gdp', 2020)).toBe('missed');

    await page.getByRole('radio', { name: '允许误差' }).check();
    await expect.poll(() => params(page).get('tol')).toBe('0.5');
    // 2.5 short of 5.5%左右: not met at 0.5.
    expect(await verdictOf(page, '全国', 'gdp', 2022)()).toBe('missed');
    await page.getByRole('spinbutton', { name: '误差（百分点）' }).fill('2.5');
    await expect.poll(() => params(page).get('tol')).toBe('2.5');
    await expect.poll(verdictOf(page, '全国', 'gdp', 2022)).toBe('met');
    // 1.7% against 6%左右 is 4.3 short; 5.5%以上 is a floor no tolerance loosens.
    expect(await verdictOf(page, '上海市', 'gdp', 2020)()).toBe('missed');
    expect(await verdictOf(page, '上海市', 'gdp', 2023)()).toBe('missed');

    // The rule survives a reload, since it lives in the URL.
    await page.reload();
    await expect.poll(verdictOf(page, '全国', 'gdp', 2022)).toBe('met');
    await page.getByRole('radio', { name: '落在区间内才算达成' }).check();
    await expect.poll(() => params(page).get('range')).toBe('within');
    // 6%－6.5% → 6.1%: within the range too.
    expect(await verdictOf(page, '全国', 'gdp', 2019)()).toBe('met');
    await page.getByRole('radio', { name: '严格：达到目标值才算达成' }).check();
    await expect.poll(verdictOf(page, '全国', 'gdp', 2022)).toBe('missed');
    expect(params(page).get('tol')).toBeNull();
    expect(errors).toEqual([]);
    await close();
  });

  it('draws national GDP across years with 2022 marked as missed', async () => {
    const { page, errors, close } = await newPage(app.browser());
    await openLedger(page, 'view=ledger&place=全国&subject=gdp');
    await page.waitForFunction(() => {
      const chart = window.__zhibiaoCharts?.get('ledger-gdp');
      return chart !== undefined && !chart.isDisposed() && chart.getWidth() > 0;
    });
    const drawn = await page.evaluate(() => {
      const option = window.__zhibiaoCharts?.get('ledger-gdp')?.getOption() as {
        xAxis: { data: string[] }[];
        series: { id: string; data: { value: number[] }[] }[];
      };
      const years = option.xAxis[0]?.data ?? [];
      const missed = option.series.find((series) => series.id === 'missed')?.data ?? [];
      return { years, missed: missed.map((item) => years[item.value[0] ?? -1]) };
    });
    expect(drawn.years).toEqual(['2019', '2020', '2021', '2022', '2023', '2024', '2025']);
    expect(drawn.missed).toEqual(['2022']);
    expect(await page.title()).toMatch(/^目标达成台账 · /);

    // Exported like every chart: the Export menu of the chart card, PNG named for what it shows.
    const card = page.locator('[data-chart-card="ledger-gdp"]');
    await card.getByRole('button', { name: /^导出/ }).click();
    const [png] = await Promise.all([
      page.waitForEvent('download'),
      card.getByRole('menuitem', { name: /PNG 图片/ }).click(),
    ]);
    expect(png.suggestedFilename()).toMatch(/^zhongguo-2019-.*-ledger-gdp-all-sectors\.png$/);
    const bytes = readFileSync(await png.path());
    expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(errors).toEqual([]);
    await close();
  });

  it('opens a row’s goal and then its result in the report’s source view', async () => {
    const { page, errors, close } = await newPage(app.browser());
    await openLedger(page);
    await row(page, '全国', 'gdp', 2022)
      .getByRole('link', { name: /目标：5\.5%左右/ })
      .click();
    await expect.poll(() => params(page).get('report')).toBe('zhongguo-2022');
    expect(params(page).get('view')).toBeNull();
    const source = page.getByRole('complementary', { name: '原文' });
    const mark = source.locator('mark.num-highlight');
    await mark.waitFor();
    expect(await selectedSentence(source)).toContain('国内生产总值增长5.5%左右');
    // The text box has scrolled the span into view.
    await expect.poll(() => markInsideBox(page)).toBe(true);

    await page.goBack();
    await page.getByRole('heading', { level: 2, name: '目标达成台账' }).waitFor();
    await row(page, '全国', 'gdp', 2022)
      .getByRole('link', { name: /结果：3%/ })
      .click();
    await expect.poll(() => params(page).get('report')).toBe('zhongguo-2023');
    await mark.waitFor();
    expect(await selectedSentence(source)).toContain('全年国内生产总值增长3%');
    await expect.poll(() => markInsideBox(page)).toBe(true);
    expect(errors).toEqual([]);
    await close();
  });

  it('downloads both CSVs in full and filtered, and they parse', async () => {
    const { page, errors, close } = await newPage(app.browser());
    await openLedger(page);

    const full = await csvOf(
      await downloadFrom(page, page.getByRole('link', { name: /attainment\.csv/ })),
    );
    const column = (name: string) => full.header.indexOf(name);
    const nation2022 = full.rows.find(
      (line) =>
        line[column('place_zh')] === '全国' &&
        line[column('subject_key')] === 'gdp' &&
        line[column('target_year')] === '2022',
    );
    expect(nation2022?.[column('target_written')]).toBe('5.5%左右');
    expect(nation2022?.[column('actual_written')]).toBe('3%');
    expect(nation2022?.[column('verdict')]).toBe('missed');
    expect(nation2022?.[column('gap')]).toBe('-2.5');

    const corpus = await csvOf(
      await downloadFrom(page, page.getByRole('link', { name: /corpus\.csv/ })),
    );
    const reports = new Set(corpus.rows.map((line) => line[corpus.header.indexOf('report_id')]));
    expect(reports.has('zhongguo-2019')).toBe(true);
    expect(reports.has('beihai-2024')).toBe(true);

    const filtered = await csvOf(
      await downloadFrom(page, page.getByRole('button', { name: /下载台账/ })),
    );
    expect(filtered.header).toEqual(full.header);
    const keys = new Set(filtered.rows.map((line) => line[column('subject_key')]));
    expect(keys).toEqual(new Set(['gdp']));
    expect(filtered.rows.length).toBe(
      full.rows.filter((line) => line[column('subject_key')] === 'gdp').length,
    );

    await page.getByRole('combobox', { name: '地区' }).selectOption('上海市');
    const corpusFiltered = await csvOf(
      await downloadFrom(page, page.getByRole('button', { name: /下载指标/ })),
    );
    const at = (name: string) => corpusFiltered.header.indexOf(name);
    expect(corpusFiltered.rows.length).toBeGreaterThan(0);
    expect(new Set(corpusFiltered.rows.map((line) => line[at('place_zh')]))).toEqual(
      new Set(['上海市']),
    );
    expect(new Set(corpusFiltered.rows.map((line) => line[at('subject_key')]))).toEqual(
      new Set(['gdp']),
    );
    expect(errors).toEqual([]);
    await close();
  });
});

// An invented State Council report for 2026: it reviews 2025 and sets 2026's goals.
const NATIONAL_2026 = [
  '各位代表：',
  '现在，我代表国务院，向大会报告政府工作，请予审议。',
  '一、2025年工作回顾',
  '过去一年，经济运行稳中有进。国内生产总值增长5.2%。',
  '二、2026年经济社会发展总体要求和政策取向',
  '今年发展主要预期目标是：国内生产总值增长4.5%左右。',
  '',
].join('\n');

describe('an uploaded report in the ledger', () => {
  it('fills the national 2025 row with the result the 2026 report states', async () => {
    const { page, errors, close } = await newPage(app.browser());
    await openLedger(page);
    await expect.poll(verdictOf(page, '全国', 'gdp', 2025)).toBe('awaiting');
    await chooseReportFile(page, {
      name: 'zhongguo-2026.txt',
      buffer: Buffer.from(NATIONAL_2026, 'utf8'),
    });
    await expect.poll(verdictOf(page, '全国', 'gdp', 2025), { timeout: 20_000 }).toBe('met');
    expect(params(page).get('view')).toBe('ledger');
    const joined = await row(page, '全国', 'gdp', 2025).textContent();
    expect(joined).toMatch(/5%左右.*5\.2%.*\+0\.2/);
    await expect.poll(verdictOf(page, '全国', 'gdp', 2026)).toBe('awaiting');
    expect(await row(page, '全国', 'gdp', 2026).textContent()).toContain('4.5%左右');
    expect(errors).toEqual([]);
    await close();
  });
});

/** Whether the highlighted number sits inside the visible part of the source text box. */
function markInsideBox(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const mark = document.querySelector('.source-text mark.num-highlight');
    const box = document.querySelector('.source-text');
    if (!mark || !box) return false;
    const m = mark.getBoundingClientRect();
    const b = box.getBoundingClientRect();
    return m.top >= b.top && m.bottom <= b.bottom;
  });
}
