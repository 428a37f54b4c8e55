/**
 * `npm run lighthouse`: Lighthouse 12's default (mobile) configuration against `vite preview`
 * of the existing build in dist/ (run `npm run build` first). Prints the performance score and
 * the initial-JavaScript size, and exits 1 when the score is under the goal.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { auditPage, initialJsGzip, LIGHTHOUSE_TARGET } from './support/lighthouse-audit.ts';
import { ROOT, startPreview } from './support/preview-server.ts';

const dist = join(ROOT, 'dist');

async function main(): Promise<void> {
  if (!existsSync(join(dist, 'index.html'))) {
    throw new Error('dist/index.html is missing: run `npm run build` first');
  }
  const server = await startPreview(dist);
  try {
    const audit = await auditPage(server.url);
    process.stdout.write(
      [
        `Lighthouse ${audit.version}, ${audit.formFactor} preset, ${server.url}`,
        `performance: ${audit.performance}`,
        `accessibility: ${audit.accessibility}`,
        `best practices: ${audit.bestPractices}`,
        audit.metrics,
        `initial JavaScript: ${(initialJsGzip(dist) / 1024).toFixed(1)} KB gzip`,
      ].join('\n') + '\n',
    );
    if (audit.performance < LIGHTHOUSE_TARGET) process.exitCode = 1;
  } finally {
    await server.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`lighthouse: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(2);
});
