import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { configure, render } from '@testing-library/react';
import type { RenderResult } from '@testing-library/react';
import { vi } from 'vitest';
import { App } from '../../../src/app/app.tsx';
import type { AppProps } from '../../../src/app/app.tsx';
import { SLIM_DATASET_DIR } from '../../../src/dataset/dataset-schema.ts';
import fixture from '../../fixtures/dashboard-fixture.json';
import fixtureIndex from '../../fixtures/dashboard-fixture-index.json';

/** What each data file answers: a JSON body, or an HTTP status for a failure. */
export type FakeFiles = Record<string, unknown | { status: number }>;

export const DASHBOARD_FILES: FakeFiles = {
  'index.json': fixtureIndex,
  'fixture-2024.json': fixture,
};

function isStatus(value: unknown): value is { status: number } {
  return (
    typeof value === 'object' && value !== null && 'status' in value && !('schemaVersion' in value)
  );
}

/**
 * data/indicators/<file> is what the CLI writes beside each data/<file>: the same dataset less
 * its text. Unless a test lists it, it follows the full file (a failure or a bad file too).
 */
function servedFile(served: FakeFiles, name: string): unknown {
  const slim = name.startsWith(`${SLIM_DATASET_DIR}/`)
    ? name.slice(SLIM_DATASET_DIR.length + 1)
    : null;
  if (slim === null || name in served) return served[name];
  const full = served[slim];
  if (typeof full !== 'object' || full === null || isStatus(full)) return full;
  const withoutText = ({ text: _text, ...rest }: Record<string, unknown>) => rest;
  return withoutText(full as Record<string, unknown>);
}

/**
 * Serves `files` to the app's fetches of data/<file>. Returns the mutable map so a test can
 * repair a file before pressing Retry. Files not listed answer 404.
 */
export function serveDataFiles(files: FakeFiles = DASHBOARD_FILES): FakeFiles {
  const served = { ...files };
  vi.stubGlobal('fetch', async (input: string | URL | Request) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const name = url.split('/data/').pop() ?? url;
    const body = servedFile(served, name);
    if (body === undefined)
      return new Response('not found', { status: 404, statusText: 'Not Found' });
    if (isStatus(body))
      return new Response('', { status: body.status, statusText: 'Server Error' });
    return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
  });
  return served;
}

// The whole dashboard renders in a deferred pass and loads charts lazily; under a busy
// parallel run that can take longer than the 1 s default.
configure({ asyncUtilTimeout: 15_000 });

/**
 * jsdom has no canvas; zrender then measures text by estimate. Answering null ourselves
 * (as jsdom does) keeps jsdom from logging "not implemented" for every label.
 */
HTMLCanvasElement.prototype.getContext = (() =>
  null) as typeof HTMLCanvasElement.prototype.getContext;

/** Renders the whole app at `search` with a fresh QueryClient (no retries) per render. */
export function renderDashboard(
  search = '',
  props: AppProps = {},
): RenderResult & { queryClient: QueryClient } {
  window.history.replaceState(null, '', `/${search}`);
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false, gcTime: Infinity } },
  });
  const result = render(
    <QueryClientProvider client={queryClient}>
      <App chartRenderer="svg" chartSize={{ width: 800, height: 400 }} {...props} />
    </QueryClientProvider>,
  );
  return { ...result, queryClient };
}

/** The query string the app wrote, as a map. */
export function currentParams(): URLSearchParams {
  return new URLSearchParams(window.location.search);
}
