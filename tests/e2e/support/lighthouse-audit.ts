import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './chromium.ts';

/** The goals for the shipped page (issue 11). */
export const LIGHTHOUSE_TARGET = 98;
export const INITIAL_JS_BUDGET_BYTES = 160 * 1024;

/**
 * Gzip size of what index.html loads before any dynamic import: the entry and the modules
 * preloaded with it, which the first-view guard requests once the page is painted
 * (src/app/first-view-guard.ts), or a plain script tag and modulepreload links.
 */
export function initialJsGzip(dist: string): number {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const files = [...html.matchAll(/["'](\.?\/?assets\/[^"']+\.js)["']/g)].map((match) =>
    (match[1] ?? '').replace(/^\.?\//, ''),
  );
  return [...new Set(files)].reduce(
    (total, file) => total + gzipSync(readFileSync(join(dist, file)), { level: 9 }).length,
    0,
  );
}

export interface LighthouseFigures {
  version: string;
  formFactor: string;
  performance: number;
  accessibility: number;
  bestPractices: number;
  metrics: string;
}

/** Lighthouse 12's default (mobile) configuration against a served page. */
export async function auditPage(url: string): Promise<LighthouseFigures> {
  process.env.CHROME_PATH = CHROMIUM_PATH;
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: [...CHROMIUM_FLAGS],
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices'],
    });
    if (!result) throw new Error('Lighthouse returned no result');
    const { categories, audits } = result.lhr;
    const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
    const metric = (id: string) => audits[id]?.displayValue ?? 'n/a';
    return {
      version: result.lhr.lighthouseVersion,
      formFactor: result.lhr.configSettings.formFactor,
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      metrics: `FCP ${metric('first-contentful-paint')}, LCP ${metric('largest-contentful-paint')}, TBT ${metric('total-blocking-time')}, CLS ${metric('cumulative-layout-shift')}, SI ${metric('speed-index')}`,
    };
  } finally {
    chrome.kill();
  }
}
