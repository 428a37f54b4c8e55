import { showChartPictures } from '../components/prerendered-chart.tsx';

/**
 * Set on <html> before the first paint when the address asks for another view than the one the
 * build prerendered into index.html (the default view of the default report); app.css hides
 * that page then, so it never stands in for another view.
 */
export const STALE_FIRST_VIEW = 'stale';

/**
 * The classic script the build writes inline at the top of index.html (the CSP allows it by its
 * hash and no other inline script): inline, because a script file would hold the first paint
 * for a round trip. Any query string asks for another view; on the default view, the chart's
 * picture is put in place once the page has been painted (showChartPictures).
 */
export const FIRST_VIEW_GUARD_SCRIPT = `if (location.search.length > 1) document.documentElement.dataset.firstView = '${STALE_FIRST_VIEW}'; else document.addEventListener('DOMContentLoaded', () => requestAnimationFrame(() => setTimeout(${showChartPictures.toString()})));`;
