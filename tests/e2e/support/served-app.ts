import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './chromium.ts';
import { buildApp, startPreview } from './preview-server.ts';
import type { PreviewServer } from './preview-server.ts';

export interface ServedApp {
  /** The page's address, e.g. http://127.0.0.1:41234/ */
  url: () => string;
  browser: () => Browser;
}

/**
 * For one test file: builds the app into a directory of its own, serves it and launches
 * Chromium before the tests, and removes all three after them. `onBuilt` sees the built
 * directory before it is served (to inspect or replace its data).
 */
export function serveAppForFile(
  name: string,
  onBuilt: (outDir: string) => void = () => {},
): ServedApp {
  const outDir = join(tmpdir(), `zhibiao-e2e-${name}-${process.pid}`);
  let server: PreviewServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    buildApp(outDir);
    onBuilt(outDir);
    server = await startPreview(outDir);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    rmSync(outDir, { recursive: true, force: true });
  });
  return {
    url: () => {
      if (!server) throw new Error('the app is not served yet');
      return server.url;
    },
    browser: () => {
      if (!browser) throw new Error('Chromium is not launched yet');
      return browser;
    },
  };
}
