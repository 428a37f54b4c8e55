import './app/app.css';
import { prepareDataFileReader } from './api/read-data-file.ts';

/**
 * The entry is this small on purpose. index.html holds the prerendered first view, which paints
 * before any of the app's code is evaluated (a long task the browser would otherwise run
 * first); the app is then requested (index.html has preloaded it and the first view's data), and
 * the chart code at the reader's first input or when a live chart is needed
 * (src/app/start-app.tsx, src/components/prerendered-chart.tsx).
 */
function afterFirstPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

void afterFirstPaint().then(async () => {
  // The data files are checked in a worker; started now, it loads while the app's code does.
  prepareDataFileReader();
  // React, then the app: each evaluated in a task of its own rather than both in one long
  // task, so that input reaching the page between them is answered.
  await import('react-dom/client');
  await nextTask();
  const { startApp } = await import('./app/start-app.tsx');
  await startApp();
});
