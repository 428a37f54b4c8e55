import { StrictMode } from 'react';
import type { ReactElement } from 'react';
import { QueryClientProvider } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import type { ChartExportSource } from '../components/chart-environment.ts';
import { HydrationEnd } from '../components/hydration.ts';
import { ExportActions } from '../features/export/export-actions.tsx';
import { App } from './app.tsx';
import { EarlyInputsReplay } from './early-inputs.ts';

const renderExportActions = (source: ChartExportSource) => <ExportActions source={source} />;

/**
 * The page's whole tree. The build prerenders it (src/app/prerender-first-view.tsx) and the
 * browser hydrates it (src/app/start-app.tsx): one definition, so the two cannot differ.
 */
export function appRoot(client: QueryClient): ReactElement {
  return (
    <StrictMode>
      <QueryClientProvider client={client}>
        <App renderChartActions={renderExportActions} />
        <EarlyInputsReplay />
        <HydrationEnd />
      </QueryClientProvider>
    </StrictMode>
  );
}
