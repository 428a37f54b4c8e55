import { PICTURE_MISSING, showChartPictures } from '../components/prerendered-chart.tsx';
import { FIRST_INPUTS, READER_ARRIVED } from './first-input.ts';

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
 * Calls `then` once the page's first contentful paint is on screen: work started earlier (the
 * app's requests, parsing its code, the chart pictures' layout) competes with the raster and the
 * compositor for that frame. The paint timing entry arrives once the frame has been presented.
 * Where the browser has no paint timing, or it never reports, one frame after the page is parsed
 * stands in. Standalone, like loadTheApp.
 */
export function afterTheFirstPaint(then: () => void): void {
  let called = false;
  const once = () => {
    if (called) return;
    called = true;
    then();
  };
  const paintTiming =
    typeof PerformanceObserver !== 'undefined' &&
    PerformanceObserver.supportedEntryTypes.includes('paint');
  if (paintTiming) {
    new PerformanceObserver((list, observer) => {
      if (list.getEntriesByName('first-contentful-paint').length === 0) return;
      observer.disconnect();
      setTimeout(once);
    }).observe({ type: 'paint', buffered: true });
  }
  // A page never painted (a background tab) is painted when shown, and rAF waits for that too.
  const fallbackMs = paintTiming ? 1000 : 0;
  document.addEventListener('DOMContentLoaded', () =>
    requestAnimationFrame(() => setTimeout(once, fallbackMs)),
  );
}

/**
 * Set on <html> (as `data-header-first`) for the page's first frame only: app.css hides what
 * follows the header then, so that frame is the header's alone (paintTheHeaderFirst).
 */
export const HEADER_FIRST = 'headerFirst';

/**
 * Paints the header in a frame of its own, the report's content in the ones after: the first
 * frame of a page has the cold costs of its text (the CJK font's lookups, the first glyphs of
 * each size), so a frame with everything in it reached the screen 50–75 ms after one with the
 * header alone. The trade (interleaved loads, session 13; README, Performance): the headline
 * cards 0–55 ms later, the chart's picture 10–30 ms sooner. The mark is dropped in a task
 * after the first frame's animation callbacks, not in the next frame's: the content's style
 * and layout then run while the header is rasterized. Standalone, like loadTheApp.
 */
export function paintTheHeaderFirst(attribute: typeof HEADER_FIRST): void {
  const root = document.documentElement;
  root.dataset[attribute] = '';
  requestAnimationFrame(() => setTimeout(() => delete root.dataset[attribute]));
}

/**
 * Marks <html> with `data-<arrived>` at the first of `inputs` (src/app/first-input.ts reads it):
 * the app's listeners are not there yet, and a pointer moved over the build's page is the
 * reader's first input as much as one moved later. Standalone, like loadTheApp.
 */
export function noteTheReadersArrival(inputs: readonly string[], arrived: string): void {
  const arrive = () => {
    document.documentElement.dataset[arrived] = '';
    for (const type of inputs) removeEventListener(type, arrive, true);
  };
  for (const type of inputs) addEventListener(type, arrive, { capture: true, passive: true });
}

/** Where the guard keeps the buttons clicked before the app ran, until the app takes them. */
export const EARLY_CLICKS = '__zhibiaoEarlyClicks';

declare global {
  interface Window {
    /** `[name, value]` of each named button clicked on the build's page, in order. */
    [EARLY_CLICKS]?: [string, string][] | null;
  }
}

/**
 * Keeps the name and value of each named button clicked on the build's page (a view, a
 * language, a headline number) in `window[store]`, until the app sets it to null as it takes
 * them (src/app/early-inputs.ts): a plain button changes nothing on the page, so unlike a
 * checkbox, its click leaves no trace to read later. Standalone, like loadTheApp.
 */
export function noteEarlyClicks(store: typeof EARLY_CLICKS): void {
  const clicks: [string, string][] = [];
  window[store] = clicks;
  addEventListener(
    'click',
    (event) => {
      const button = event.target instanceof Element && event.target.closest('button[name]');
      if (button instanceof HTMLButtonElement && window[store] === clicks) {
        clicks.push([button.name, button.value]);
      }
    },
    true,
  );
}

/**
 * The classic script the build writes inline at the top of index.html (the CSP allows it by its
 * hash and no other inline script): inline, because a script file would hold the first paint
 * for a round trip. It notes the reader's first input (noteTheReadersArrival). Any query string
 * asks for another view, which the app renders afresh: the app starts at once. On the default
 * view it paints the header first (paintTheHeaderFirst), notes buttons clicked
 * (noteEarlyClicks) and, once the first paint is on screen, requests
 * the chart's picture (showChartPictures) and then starts the app (loadTheApp).
 */
export function firstViewGuardScript(loads: FirstViewLoads): string {
  return [
    `(${noteTheReadersArrival.toString()})(${JSON.stringify(FIRST_INPUTS)}, '${READER_ARRIVED}');`,
    `const loadTheApp = () => (${loadTheApp.toString()})(${JSON.stringify(loads)});`,
    // Another view hides the page, so there is no paint to wait for.
    `if (location.search.length > 1) {`,
    `  document.documentElement.dataset.firstView = '${STALE_FIRST_VIEW}';`,
    `  loadTheApp();`,
    `} else {`,
    `  (${paintTheHeaderFirst.toString()})('${HEADER_FIRST}');`,
    `  (${noteEarlyClicks.toString()})('${EARLY_CLICKS}');`,
    `  (${afterTheFirstPaint.toString()})(() => {`,
    // The picture's request first: after the app's dozen modules it waits for a connection.
    `    (${showChartPictures.toString()})('${PICTURE_MISSING}');`,
    // A task of its own: each of the two is a few milliseconds, together a long task.
    `    setTimeout(loadTheApp);`,
    `  });`,
    `}`,
  ].join('\n');
}
