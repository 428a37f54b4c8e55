import { startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { QueryClient } from '@tanstack/react-query';
import { preloadChartView } from '../components/lazy-echart.tsx';
import { beginHydration } from '../components/hydration.ts';
import { capturePrerenderedCharts } from '../components/prerendered-chart.tsx';
import { appRoot } from './app-root.tsx';
import { noteEarlyInputs } from './early-inputs.ts';
import { whenTheReaderArrives } from './first-input.ts';
import { loadFirstView, STALE_FIRST_VIEW } from './first-view.ts';

const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false } },
});

function renderAfresh(root: HTMLElement): void {
  void preloadChartView();
  root.replaceChildren();
  delete document.documentElement.dataset['firstView'];
  createRoot(root).render(appRoot(queryClient));
}

/**
 * The first chart is the build's picture until reached, so the chart code is not loaded with
 * the page; it is fetched at the reader's first input anywhere, so that a filter clicked or
 * the chart reached a moment later finds it in.
 */
function loadChartCodeOnFirstInput(): void {
  whenTheReaderArrives(() => void preloadChartView());
}

/**
 * Starts the app in #root. On the default address the build's prerendered page is hydrated
 * once its data is in (so React's first render is that page: nothing on screen changes);
 * anywhere else, or when this browser's first render would differ, the app renders afresh.
 */
export async function startApp(): Promise<void> {
  const root = document.getElementById('root');
  if (!root) return;
  const prerendered =
    root.childElementCount > 0 &&
    document.documentElement.dataset['firstView'] !== STALE_FIRST_VIEW;
  // Listening from now on: an input given while the data loads counts.
  loadChartCodeOnFirstInput();
  if (prerendered) noteEarlyInputs(root);
  if (prerendered && (await loadFirstView(queryClient))) {
    capturePrerenderedCharts(root);
    // As a transition, hydration yields to the browser every few milliseconds instead of
    // holding the main thread for the whole page (the page is on screen already).
    beginHydration();
    startTransition(() => {
      hydrateRoot(root, appRoot(queryClient));
    });
  } else {
    renderAfresh(root);
  }
}
