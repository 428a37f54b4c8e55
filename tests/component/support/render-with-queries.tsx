import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';

/** A client that reports a failed fetch at once instead of retrying it. */
export function testQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { retry: false } } });
}

/** Renders `ui` inside a react-query provider (a fresh test client unless one is given). */
export function renderWithQueries(ui: ReactElement, client: QueryClient = testQueryClient()) {
  return { ...render(<QueryClientProvider client={client}>{ui}</QueryClientProvider>), client };
}
