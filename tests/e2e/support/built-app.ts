import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './chromium.ts';
// Not a React hook, whatever its name says.
import {
  buildApp,
  bundledDataIsReal,
  startPreview,
  useFixtureData as replaceDataWithFixture,
} from './preview-server.ts';
import type { PreviewServer } from './preview-server.ts';

export interface BuiltApp {
  server: PreviewServer;
  browser: Browser;
  /** The report shown by default: Beihai, or the fixture while the bundled data is empty. */
  defaultTitle: string;
}

/**
 * Builds the app into a directory of the suite's own, serves it with `vite preview` and opens
 * Chromium for the suite; everything is stopped and removed after it. Read the result inside
 * tests (it is filled in by beforeAll).
 */
export function serveBuiltApp(suite: string): BuiltApp {
  const outDir = join(tmpdir(), `zhibiao-e2e-${suite}-${process.pid}`);
  const app = { defaultTitle: '北海市2024年政府工作报告' } as BuiltApp;
  beforeAll(async () => {
    buildApp(outDir);
    if (!bundledDataIsReal(outDir)) {
      replaceDataWithFixture(outDir);
      app.defaultTitle = '示例市2024年政府工作报告';
    }
    app.server = await startPreview(outDir);
    app.browser = await launchChromium();
  });
  afterAll(async () => {
    await app.browser?.close();
    await app.server?.stop();
    rmSync(outDir, { recursive: true, force: true });
  });
  return app;
}
