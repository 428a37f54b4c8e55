/**
 * `npm run lighthouse`: Lighthouse 12's default (mobile) configuration against `vite preview`
 * of the existing build in dist/ (run `npm run build` first). Prints the performance score and
 * the initial-JavaScript size, and exits 1 when the score is under 95.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './support/chromium.ts';
import { ROOT, startPreview } from './support/preview-server.ts';

const TARGET = 95;
const dist = join(ROOT, 'dist');

/** Gzip size of what index.html loads before any dynamic import (entry + modulepreloads). */
function initialJsGzip(): number {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const files = [
    ...html.matchAll(/<script[^>]+src="([^"]+\.js)"/g),
    ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g),
  ].map((match) => (match[1] ?? '').replace(/^\.?\//, ''));
  return [...new Set(files)].reduce(
    (total, file) => total + gzipSync(readFileSync(join(dist, file)), { level: 9 }).length,
    0,
  );
}

async function main(): Promise<void> {
  if (!existsSync(join(dist, 'index.html'))) {
    throw new Error('dist/index.html is missing: run `npm run build` first');
  }
  process.env.CHROME_PATH = CHROMIUM_PATH;
  const server = await startPreview(dist);
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: [...CHROMIUM_FLAGS],
  });
  try {
    const result = await lighthouse(server.url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices'],
    });
    if (!result) throw new Error('Lighthouse returned no result');
    const { categories, audits } = result.lhr;
    const score = Math.round((categories.performance?.score ?? 0) * 100);
    const metric = (id: string) => audits[id]?.displayValue ?? 'n/a';
    process.stdout.write(
      [
        `Lighthouse ${result.lhr.lighthouseVersion}, ${result.lhr.configSettings.formFactor} preset, ${server.url}`,
        `performance: ${score}`,
        `accessibility: ${Math.round((categories.accessibility?.score ?? 0) * 100)}`,
        `best practices: ${Math.round((categories['best-practices']?.score ?? 0) * 100)}`,
        `FCP ${metric('first-contentful-paint')}, LCP ${metric('largest-contentful-paint')}, TBT ${metric('total-blocking-time')}, CLS ${metric('cumulative-layout-shift')}, SI ${metric('speed-index')}`,
        `initial JavaScript: ${(initialJsGzip() / 1024).toFixed(1)} KB gzip`,
      ].join('\n') + '\n',
    );
    if (score < TARGET) process.exitCode = 1;
  } finally {
    chrome.kill();
    await server.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`lighthouse: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(2);
});
