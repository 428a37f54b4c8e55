import react from '@vitejs/plugin-react';
import { existsSync, statSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { prerenderFirstView } from './src/cli/prerender-first-view-plugin.ts';
import { headersFor, readHeadersFile } from './src/cli/static-headers.ts';

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

/** Whether `path` (as requested) names a file under the built `data/` directory. */
function isDataFile(outDir: string, path: string): boolean {
  const dataDir = join(outDir, 'data');
  try {
    const file = resolve(outDir, `.${decodeURIComponent(path)}`);
    return file.startsWith(dataDir + sep) && existsSync(file) && statSync(file).isFile();
  } catch {
    return false;
  }
}

/**
 * `vite preview` answers like the static host the app is deployed to: the headers of the built
 * `_headers` file (public/_headers, the one definition), and 404 for a data file that does not
 * exist instead of the page (a typo in a dataset name must not look like a dataset).
 */
const serveLikeStaticHost: Plugin = {
  name: 'zhibiao:serve-like-static-host',
  configurePreviewServer(server) {
    const outDir = resolve(server.config.root, server.config.build.outDir);
    const built = join(outDir, '_headers');
    const rules = readHeadersFile(
      existsSync(built) ? built : join(server.config.root, 'public/_headers'),
    );
    server.middlewares.use((request, response, next) => {
      const path = new URL(request.url ?? '/', 'http://preview').pathname;
      for (const [name, value] of Object.entries(headersFor(rules, path))) {
        response.setHeader(name, value);
      }
      if (path.startsWith('/data/') && !isDataFile(outDir, path)) {
        response.statusCode = 404;
        response.setHeader('Content-Type', 'text/plain; charset=utf-8');
        response.end('Not Found\n');
        return;
      }
      next();
    });
  },
};

export default defineConfig({
  plugins: [react(), allowDevPreamble, serveLikeStaticHost, prerenderFirstView()],
  base: './',
  // One stylesheet, which the build writes into index.html (src/cli/prerender-first-view-plugin.ts).
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1200,
    cssCodeSplit: false,
    rolldownOptions: {
      output: {
        // React in a chunk of its own, which src/main.tsx evaluates in a task before the app's.
        codeSplitting: {
          groups: [{ name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ }],
        },
      },
    },
  },
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
          include: ['tests/component/**/*.test.tsx'],
          setupFiles: ['tests/component/setup-component-tests.ts'],
          // A dashboard's first render (every card, chart and row) outlasts 5 s on a busy
          // shared machine; a hang still fails, only later. Speed lives in the benchmarks.
          testTimeout: 30_000,
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
