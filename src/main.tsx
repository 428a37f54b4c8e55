import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App } from './app/app.tsx';
import type { ChartExportSource } from './components/chart-environment.ts';
import { ExportActions } from './features/export/export-actions.tsx';
import './app/app.css';

const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false } },
});

const renderExportActions = (source: ChartExportSource) => <ExportActions source={source} />;

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <App renderChartActions={renderExportActions} />
      </QueryClientProvider>
    </StrictMode>,
  );
}
