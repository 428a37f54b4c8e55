import { showChartPictures } from '../components/prerendered-chart.tsx';

/**
 * Set on <html> before the first paint when the address asks for another view than the one the
 * build prerendered into index.html (the default view of the default report); app.css hides
 * that page then, so it never stands in for another view.
 */
export const STALE_FIRST_VIEW = 'stale';

/** What the page requests once it has been painted: the app's entry, its modules, its data. */
export interface FirstViewLoads {
  entry: string;
  modules: string[];
  data: string[];
}

/**
 * Requests the app's code and the first view's data. The build's index.html names none of it
 * for the browser to fetch while the page itself arrives and paints: the first paint needs no
 * script, and on a slow link the page's own bytes come first. Standalone, so that its source
 * can be written into index.html as is.
 */
export function loadTheApp(loads: FirstViewLoads): void {
  const append = (tag: 'link' | 'script', attributes: Record<string, string>) => {
    const element = Object.assign(document.createElement(tag), attributes);
    element.crossOrigin = '';
    document.head.append(element);
  };
  for (const href of loads.modules) append('link', { rel: 'modulepreload', href });
  for (const href of loads.data) append('link', { rel: 'preload', as: 'fetch', href });
  append('script', { type: 'module', src: loads.entry });
}

/**
 * The classic script the build writes inline at the top of index.html (the CSP allows it by its
 * hash and no other inline script): inline, because a script file would hold the first paint
 * for a round trip. Any query string asks for another view, which the app renders afresh:
 * the app starts at once. On the default view, once the page is parsed and painted, it puts
 * the chart's picture in place (showChartPictures) and starts the app (loadTheApp).
 */
export function firstViewGuardScript(loads: FirstViewLoads): string {
  return [
    `const loadTheApp = () => (${loadTheApp.toString()})(${JSON.stringify(loads)});`,
    // Another view hides the page, so there is no paint to wait for.
    `if (location.search.length > 1) {`,
    `  document.documentElement.dataset.firstView = '${STALE_FIRST_VIEW}';`,
    `  loadTheApp();`,
    `} else {`,
    `  document.addEventListener('DOMContentLoaded', () => requestAnimationFrame(() => setTimeout(() => {`,
    `    (${showChartPictures.toString()})();`,
    `    loadTheApp();`,
    `  })));`,
    `}`,
  ].join('\n');
}
