/**
 * `npm run perf`: the first chart against the floor of its stack. Builds the app and a copy of
 * the bare ECharts page (../shared/perf-baseline), serves both with `vite preview`, and loads
 * them alternately in Chromium (A, B, B, A, …) so that noise on a shared machine hits both
 * alike. Records first contentful paint, on ours when the headline cards' text was painted
 * (element timing: the first paint is the header's alone, src/app/first-view-guard.ts), and
 * the time the first chart is on screen: its drawing
 * attached plus one animation frame, ECharts' <canvas> on the bare page and, on ours, the SVG
 * picture ECharts drew of it at build time (src/components/prerendered-chart.tsx) — or the
 * canvas, where the picture cannot stand in. Then, on ours, how long the live chart takes once
 * the pointer reaches the picture; Lighthouse (mobile); the initial JS. Prints medians and
 * ratios and exits 1 when a goal is missed.
 *
 * PERF_ROUNDS (default 20) sets the rounds: twenty, since one load of the same build paints
 * first anywhere from ~120 to ~300 ms on a 2-core machine, and the median of 10 moved the FCP
 * ratio by ±0.05 between runs of the same two builds. PERF_SKIP_LIGHTHOUSE=1 skips Lighthouse;
 * PERF_BASELINE names the bare page's folder (default ../shared/perf-baseline).
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../e2e/support/chromium.ts';
import {
  auditPage,
  INITIAL_JS_BUDGET_BYTES,
  initialJsGzip,
  LIGHTHOUSE_TARGET,
} from '../e2e/support/lighthouse-audit.ts';
import { HEADLINE_TIMING } from '../../src/features/headline-cards/headline-model.ts';
import { buildApp, ROOT, startPreview } from '../e2e/support/preview-server.ts';
import type { PreviewServer } from '../e2e/support/preview-server.ts';

const GOAL_FCP_RATIO = 0.6;
const GOAL_CHART_RATIO = 1.0;
// The page's first paint is its header alone (src/app/first-view-guard.ts, paintTheHeaderFirst):
// the report's numbers must still be on screen before the bare page has painted anything.
const GOAL_CARDS_RATIO = 1.0;
// A clone outside the workspace (a temp dir) has no ../shared beside it: PERF_BASELINE names it.
const BASELINE_SOURCE = resolve(
  process.env['PERF_BASELINE'] ?? join(ROOT, '../shared/perf-baseline'),
);
const rounds = Math.max(1, Number(process.env['PERF_ROUNDS'] ?? 20));

interface Load {
  fcp: number;
  chart: number;
  /** When the headline cards' text was painted (element timing); ours only. */
  cards?: number;
  /** From the pointer reaching the build's picture to the live chart on screen; ours only. */
  live?: number;
}

/**
 * Once the app has loaded and settled (no request for half a second), moves the pointer onto
 * the main chart's picture and times the live chart (the chart registry's instance, then one
 * frame); that first input also starts what lies below the first screen, as it would for a
 * reader. Null where the page had no picture standing in.
 */
async function reachForChart(page: Page): Promise<number | null> {
  await page.waitForLoadState('networkidle', { timeout: 30_000 });
  const picture = page.locator('[data-prerendered-chart="growth-main"]');
  if ((await picture.count()) === 0) return null;
  const started = await page.evaluate(() => performance.now());
  await picture.hover();
  await page.waitForFunction(() => window.__zhibiaoCharts?.has('growth-main') === true, undefined, {
    timeout: 30_000,
    polling: 'raf',
  });
  const drawn = await page.evaluate(
    () => new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now()))),
  );
  return drawn - started;
}

function run(command: string, args: string[], cwd: string): void {
  const result = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (result.status !== 0) {
    throw new Error(
      `${command} ${args.join(' ')} failed in ${cwd}:\n${result.stdout}\n${result.stderr}`,
    );
  }
}

/**
 * A built copy of the bare page. The source is read-only, so it is copied; the copy is kept
 * per lock file, since installing and building it again measures nothing new.
 */
function buildBaseline(): string {
  if (!existsSync(join(BASELINE_SOURCE, 'package.json'))) {
    throw new Error(
      `${BASELINE_SOURCE}: the bare ECharts page is missing (PERF_BASELINE names its folder)`,
    );
  }
  const hash = createHash('sha256')
    .update(readFileSync(join(BASELINE_SOURCE, 'package-lock.json')))
    .update(readFileSync(join(BASELINE_SOURCE, 'src/variant-b/charts.tsx')))
    .digest('hex')
    .slice(0, 12);
  const dir = join(tmpdir(), `zhibiao-perf-baseline-${hash}`);
  if (existsSync(join(dir, 'dist/index.html'))) return dir;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(BASELINE_SOURCE, dir, { recursive: true });
  // The copy keeps the read-only bits of its source; the build must write beside it.
  run('chmod', ['-R', 'u+w', dir], dir);
  // --include=dev: the build needs vite even where NODE_ENV=production would leave it out.
  run('npm', ['ci', '--prefer-offline', '--no-audit', '--no-fund', '--include=dev'], dir);
  run(join(dir, 'node_modules/.bin/vite'), ['build'], dir);
  return dir;
}

/**
 * Marks the first chart drawing attached to the document (a <canvas>, or the build's SVG
 * picture), one animation frame later: the frame in which it reaches the screen. Same probe on
 * both pages.
 */
const FIRST_CHART_PROBE = `
  window.__firstCanvasPainted = null;
  window.__headlinesPainted = null;
  new PerformanceObserver((list, observer) => {
    const entry = list.getEntries().find((entry) => entry.identifier === '${HEADLINE_TIMING}');
    if (!entry) return;
    observer.disconnect();
    window.__headlinesPainted = entry.renderTime || entry.startTime;
  }).observe({ type: 'element', buffered: true });
  new MutationObserver((_records, observer) => {
    if (!document.querySelector('canvas, .chart-picture svg')) return;
    observer.disconnect();
    requestAnimationFrame(() => { window.__firstCanvasPainted = performance.now(); });
  }).observe(document, { childList: true, subtree: true });
`;

async function measure(browser: Browser, url: string, reach = false): Promise<Load> {
  // A context per load: a cold cache, like a first visit from a shared link.
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  try {
    const page = await context.newPage();
    await page.addInitScript(FIRST_CHART_PROBE);
    await page.goto(url);
    const handle = await page.waitForFunction(
      (withCards) => {
        const probe = window as unknown as {
          __firstCanvasPainted: number | null;
          __headlinesPainted: number | null;
        };
        const fcp = performance.getEntriesByName('first-contentful-paint')[0];
        const cards = probe.__headlinesPainted;
        // The bare page has no headline cards to wait for.
        if (withCards && cards === null) return null;
        // A chart in the page before its first paint is on screen with that paint.
        return probe.__firstCanvasPainted !== null && fcp
          ? {
              fcp: fcp.startTime,
              chart: Math.max(fcp.startTime, probe.__firstCanvasPainted),
              ...(cards === null ? {} : { cards }),
            }
          : null;
      },
      reach,
      { timeout: 30_000, polling: 50 },
    );
    const load = (await handle.jsonValue()) as Load;
    const live = reach ? await reachForChart(page) : null;
    return live === null ? load : { ...load, live };
  } finally {
    await context.close();
  }
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

function verdict(ok: boolean): string {
  return ok ? 'ok' : 'MISSED';
}

/**
 * Without a CJK font Chromium draws the page's Chinese as boxes, after looking through every
 * font for each character: the first paint then costs ~40% more than a reader's (0.92× against
 * 0.69× of the bare page, same build, session 10), so figures taken so mean nothing.
 */
function warnWithoutChineseFont(): void {
  const fonts = spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' });
  if (fonts.status === 0 && fonts.stdout.trim() !== '') return;
  process.stdout.write(
    'warning: no Chinese font installed (fc-list :lang=zh is empty), so the page paints boxes: ' +
      'apt-get install -y fonts-wqy-microhei\n',
  );
}

async function main(): Promise<void> {
  const appDir = join(tmpdir(), `zhibiao-perf-app-${process.pid}`);
  warnWithoutChineseFont();
  process.stdout.write('building the app and the bare ECharts page…\n');
  buildApp(appDir);
  const baselineDir = buildBaseline();
  const servers: PreviewServer[] = [];
  let browser: Browser | null = null;
  try {
    const app = await startPreview(appDir);
    servers.push(app);
    const bare = await startPreview(join(baselineDir, 'dist'), baselineDir);
    servers.push(bare);
    browser = await launchChromium();
    // One unmeasured load of each: the first launch of a page pays for the browser's own warm-up.
    await measure(browser, app.url);
    await measure(browser, bare.url);

    const loads = { app: [] as Load[], bare: [] as Load[] };
    for (let round = 0; round < rounds; round += 1) {
      const order = round % 2 === 0 ? (['app', 'bare'] as const) : (['bare', 'app'] as const);
      for (const which of order) {
        loads[which].push(
          await measure(browser, which === 'app' ? app.url : bare.url, which === 'app'),
        );
      }
    }
    const fcp = {
      app: median(loads.app.map((l) => l.fcp)),
      bare: median(loads.bare.map((l) => l.fcp)),
    };
    const chart = {
      app: median(loads.app.map((l) => l.chart)),
      bare: median(loads.bare.map((l) => l.chart)),
    };
    const lives = loads.app.flatMap((load) => (load.live === undefined ? [] : [load.live]));
    const js = initialJsGzip(appDir);
    const cards = median(loads.app.map((l) => l.cards ?? Number.POSITIVE_INFINITY));
    const ms = (value: number) => `${value.toFixed(0).padStart(6)} ms`;
    const ratios = [
      {
        label: 'first contentful paint',
        ours: fcp.app,
        bare: fcp.bare,
        of: '',
        goal: GOAL_FCP_RATIO,
      },
      // Against the bare page's first paint: our numbers on screen before it shows anything.
      {
        label: 'headline cards on screen',
        ours: cards,
        bare: fcp.bare,
        of: ' (FCP)',
        goal: GOAL_CARDS_RATIO,
      },
      {
        label: 'first chart on screen',
        ours: chart.app,
        bare: chart.bare,
        of: '',
        goal: GOAL_CHART_RATIO,
      },
    ].map((figure) => ({ ...figure, ratio: figure.ours / figure.bare }));
    const fails = ratios.filter(({ ratio, goal }) => ratio > goal).map(({ label }) => label);
    if (js > INITIAL_JS_BUDGET_BYTES) fails.push('initial JS');

    const lines = [
      `page load, median of ${rounds} interleaved rounds (Chromium, 1400×900, cold cache)`,
      `${''.padEnd(25)}  zhibiao  bare ECharts    ratio   goal`,
      ...ratios.map(
        ({ label, ours, bare, of, goal, ratio }) =>
          `${label.padEnd(25)}${ms(ours)}  ${(ms(bare) + of).padEnd(16)}${ratio.toFixed(2)}×  ≤ ${goal.toFixed(1)}×  ${verdict(ratio <= goal)}`,
      ),
      `${'live chart on reaching it'.padEnd(25)}${lives.length > 0 ? ms(median(lives)) : '  (no picture)'}  (the pointer on the picture → ECharts' chart drawn)`,
      `${'initial JS'.padEnd(25)}${(js / 1024).toFixed(1)} KB gzip (goal ≤ ${INITIAL_JS_BUDGET_BYTES / 1024} KB)  ${verdict(js <= INITIAL_JS_BUDGET_BYTES)}`,
    ];
    process.stdout.write(`${lines.join('\n')}\n`);

    if (process.env['PERF_SKIP_LIGHTHOUSE'] !== '1') {
      const audit = await auditPage(app.url);
      const ok = audit.performance >= LIGHTHOUSE_TARGET;
      if (!ok) fails.push('Lighthouse');
      process.stdout.write(
        `Lighthouse ${audit.version} ${audit.formFactor} performance ${audit.performance} (goal ≥ ${LIGHTHOUSE_TARGET})  ${verdict(ok)}\n  ${audit.metrics}\n`,
      );
    }
    if (fails.length > 0) {
      process.stdout.write(`missed: ${fails.join(', ')}\n`);
      process.exitCode = 1;
    }
  } finally {
    await browser?.close();
    for (const server of servers) await server.stop();
    rmSync(appDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`perf: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(2);
});
