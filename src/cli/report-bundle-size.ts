import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/**
 * After `vite build`: the JavaScript a visitor downloads up front is the entry module plus the
 * chunks index.html preloads (or its first-view guard requests once the page is painted);
 * anything reached only by a dynamic import (the upload worker, export code) loads later and
 * does not count. Warns above the budget.
 */
const BUDGET_BYTES = 160 * 1024;

const SCRIPT_SRC = /<script\b[^>]*\btype=["']module["'][^>]*\bsrc=["']([^"']+)["']/g;
const SCRIPT_SRC_FIRST = /<script\b[^>]*\bsrc=["']([^"']+)["'][^>]*\btype=["']module["']/g;
const MODULE_PRELOAD = /<link\b[^>]*\brel=["']modulepreload["'][^>]*\bhref=["']([^"']+)["']/g;
const MODULE_PRELOAD_HREF_FIRST =
  /<link\b[^>]*\bhref=["']([^"']+)["'][^>]*\brel=["']modulepreload["']/g;
/** The entry and modules the first-view guard requests once the page is painted. */
const GUARD_LOADS = /["'](\.?\/?assets\/[^"']+\.js)["']/g;

/** The JS files index.html loads up front, relative to dist/, in document order, no repeats. */
function initialScripts(html: string): string[] {
  const found: { at: number; path: string }[] = [];
  for (const pattern of [
    SCRIPT_SRC,
    SCRIPT_SRC_FIRST,
    MODULE_PRELOAD,
    MODULE_PRELOAD_HREF_FIRST,
    GUARD_LOADS,
  ]) {
    for (const match of html.matchAll(pattern)) {
      const path = match[1];
      if (path !== undefined && !/^[a-z]+:\/\//i.test(path)) {
        found.push({ at: match.index, path: path.replace(/^\.?\//, '') });
      }
    }
  }
  found.sort((a, b) => a.at - b.at);
  return [...new Set(found.map(({ path }) => path))];
}

function kilobytes(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

async function reportBundleSize(distDir: string): Promise<void> {
  const html = await readFile(join(distDir, 'index.html'), 'utf8');
  const scripts = initialScripts(html);
  let totalGzip = 0;
  let totalRaw = 0;
  const rows: string[] = [];
  for (const script of scripts) {
    const bytes = await readFile(join(distDir, script));
    const gzip = gzipSync(bytes, { level: 9 }).length;
    totalGzip += gzip;
    totalRaw += bytes.length;
    rows.push(
      `  ${script.padEnd(48)} ${kilobytes(bytes.length).padStart(10)} ${kilobytes(gzip).padStart(10)} gzip`,
    );
  }
  process.stdout.write(`initial JavaScript (loaded by index.html before any dynamic import):\n`);
  process.stdout.write(`${rows.join('\n')}\n`);
  process.stdout.write(
    `  ${'total'.padEnd(48)} ${kilobytes(totalRaw).padStart(10)} ${kilobytes(totalGzip).padStart(10)} gzip (budget ${kilobytes(BUDGET_BYTES)})\n`,
  );
  if (totalGzip > BUDGET_BYTES) {
    process.stdout.write(
      `WARNING: initial JavaScript is ${kilobytes(totalGzip)} gzip, over the ${kilobytes(BUDGET_BYTES)} budget; move code behind a dynamic import\n`,
    );
  }
}

const rootDir = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
try {
  await reportBundleSize(join(rootDir, 'dist'));
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`report-bundle-size: ${message.split('\n')[0]}\n`);
  process.exitCode = 1;
}
