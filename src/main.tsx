import './app/app.css';

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

void afterFirstPaint().then(() => import('./app/start-app.tsx').then(({ startApp }) => startApp()));
