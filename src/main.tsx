import './app/app.css';

/**
 * The entry is this small on purpose. index.html holds the prerendered first view, which paints
 * before any of the app's code is evaluated (a long task the browser would otherwise run
 * first); the app and the chart code are then requested together (index.html has preloaded the
 * app and the first chart's data already).
 */
function afterFirstPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

void afterFirstPaint().then(() => {
  void import('./components/echart-view.tsx');
  return import('./app/start-app.tsx').then(({ startApp }) => startApp());
});
