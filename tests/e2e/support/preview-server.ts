import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const VITE = join(ROOT, 'node_modules/.bin/vite');

/** A port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

/**
 * Builds the app into `outDir` (a directory of its own, so parallel suites and the
 * committed dist never collide). Throws with vite's output when the build fails.
 */
export function buildApp(outDir: string): void {
  const result = spawnSync(VITE, ['build', '--outDir', outDir, '--emptyOutDir'], {
    cwd: ROOT,
    encoding: 'utf8',
    // Vitest sets NODE_ENV=test, which would make this a development build of React.
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (result.status !== 0) {
    throw new Error(`vite build failed:\n${result.stdout}\n${result.stderr}`);
  }
}

/**
 * Whether the bundled Beihai dataset has indicators yet. While the extractor is being
 * written it may not; suites then serve the hand-written fixture instead.
 */
export function bundledDataIsReal(outDir: string): boolean {
  const file = join(outDir, 'data/beihai-2024.json');
  if (!existsSync(file)) return false;
  const dataset = JSON.parse(readFileSync(file, 'utf8')) as { indicators?: unknown[] };
  return (dataset.indicators?.length ?? 0) > 0;
}

/** Replaces the built data with the dashboard fixture (one report, id fixture-2024). */
export function useFixtureData(outDir: string): void {
  const data = join(outDir, 'data');
  mkdirSync(data, { recursive: true });
  cpSync(join(ROOT, 'tests/fixtures/dashboard-fixture.json'), join(data, 'fixture-2024.json'));
  const index = JSON.parse(
    readFileSync(join(ROOT, 'tests/fixtures/dashboard-fixture-index.json'), 'utf8'),
  ) as { reports: { id: string }[] };
  index.reports = index.reports.filter((report) => report.id === 'fixture-2024');
  writeFileSync(join(data, 'index.json'), JSON.stringify(index));
}

export interface PreviewServer {
  url: string;
  stop: () => Promise<void>;
}

async function waitForHttp(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`vite preview exited with ${child.exitCode}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolveWait) => setTimeout(resolveWait, 150));
  }
  throw new Error(`vite preview did not answer at ${url}`);
}

/**
 * Serves a built `outDir` with `vite preview` on a free port; stop() ends that process only.
 * `projectDir` is the project whose vite config applies (another project, such as the bare
 * ECharts page, is served by the same vite the same way).
 */
export async function startPreview(outDir: string, projectDir = ROOT): Promise<PreviewServer> {
  const port = await freePort();
  const child = spawn(
    VITE,
    ['preview', '--outDir', outDir, '--port', String(port), '--strictPort', '--host', '127.0.0.1'],
    { cwd: projectDir, stdio: 'ignore' },
  );
  const url = `http://127.0.0.1:${port}/`;
  try {
    await waitForHttp(url, child, 30_000);
  } catch (error) {
    child.kill();
    throw error;
  }
  return {
    url,
    stop: () =>
      new Promise((resolveStop) => {
        if (child.exitCode !== null) return resolveStop();
        child.once('exit', () => resolveStop());
        child.kill('SIGTERM');
      }),
  };
}
