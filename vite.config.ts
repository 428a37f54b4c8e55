import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/**
 * The dev server's React refresh preamble is an inline script, which index.html's CSP
 * forbids; only `vite` (serve) relaxes it. The built app keeps the strict policy.
 */
const allowDevPreamble: Plugin = {
  name: 'zhibiao:allow-dev-preamble',
  apply: 'serve',
  transformIndexHtml: (html) =>
    html.replace("script-src 'self';", "script-src 'self' 'unsafe-inline';"),
};

export default defineConfig({
  plugins: [react(), allowDevPreamble],
  base: './',
  build: { target: 'es2022', chunkSizeWarningLimit: 1200 },
  worker: { format: 'es' },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', environment: 'node', include: ['tests/unit/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'component',
          environment: 'jsdom',
          // Whole-app renders in jsdom take seconds on a shared, busy machine; the default 5 s
          // fails them for load alone. Speed is measured by the benchmarks, not by timeouts.
          testTimeout: 20_000,
          include: ['tests/component/**/*.test.tsx'],
          setupFiles: ['tests/component/setup-component-tests.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
