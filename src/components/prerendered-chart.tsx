import { createContext, useContext, useEffect, useRef } from 'react';
import type { EChartsOption } from 'echarts';

/**
 * The first chart as the build drew it. The build's prerender (src/app/prerender-first-view.tsx)
 * collects the option of the page's first chart, draws it with ECharts' server-side SVG
 * renderer at the widths a desktop and a phone give that chart, and writes both pictures beside
 * index.html, so the chart is on screen a moment after the first paint, before any app code. In the browser that picture
 * stands until the reader reaches for the chart (pointer, touch, focus), the option changes
 * (filters, language, theme, a narrow screen) or the box is not the width it was drawn for;
 * then the live chart is drawn over it. Until then no ECharts code runs on the page.
 */

export interface CollectedChart {
  chartId: string;
  option: EChartsOption;
  height: number;
}

/** Build time only: where the first chart's option is handed to the prerender. */
export const ChartCollectorContext = createContext<((chart: CollectedChart) => void) | null>(null);

/** The event of a chart picture that could not be fetched (showChartPictures). */
export const PICTURE_MISSING = 'chart-picture-missing';

/** The markup the prerender replaces with the pictures (a comment: it paints nothing). */
export function prerenderSlot(chartId: string): string {
  return `<!--prerendered-chart:${chartId}-->`;
}

/**
 * Puts in place each picture the screen shows, and empties the others. The build writes each
 * picture as an SVG file of its own: index.html holds only its address (and, for a browser with
 * scripts off, an <img> of it in a <noscript>), so the page is a third of the size, a phone's
 * first paint does not wait for a second round trip of its bytes, and its parse is one pass.
 * This (the first-view guard runs it after that paint) fetches the one the screen shows and
 * writes its SVG in, at once if it is within two screens of the top, else when it comes within
 * a screen (a phone's chart sits below its cards). A picture that cannot be fetched is emptied
 * and says so with a `missing` event, on which the live chart is drawn in its place (the box
 * would stay empty until the reader reached for it). Standalone, so that its source can be
 * written into index.html as is.
 */
export function showChartPictures(missing: typeof PICTURE_MISSING): void {
  // Every reading of the page comes before the first SVG is written: a reading after it would
  // style and lay out that SVG within this task instead of the next frame's update.
  const sources = [...document.querySelectorAll<HTMLElement>('.chart-picture[data-src]')].map(
    (picture) => {
      const shown = getComputedStyle(picture).display !== 'none';
      const near = shown && picture.getBoundingClientRect().top < 2 * innerHeight;
      return { picture, shown, near };
    },
  );
  for (const { picture, shown, near } of sources) {
    if (!shown) {
      picture.replaceChildren();
      continue;
    }
    const show = () => {
      fetch(picture.dataset['src'] ?? '')
        .then((response) => (response.ok ? response.text() : Promise.reject(response.status)))
        .then(
          (svg) => {
            picture.innerHTML = svg;
          },
          () => {
            picture.replaceChildren();
            picture.dispatchEvent(new Event(missing, { bubbles: true }));
          },
        );
    };
    if (near) {
      show();
      continue;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        observer.disconnect();
        show();
      },
      { rootMargin: '100%' },
    );
    observer.observe(picture);
  }
}

/** One picture of the chart: the option it shows (by fingerprint), its theme and its width. */
export interface ChartPicture {
  fingerprint: string;
  theme: string;
  width: number;
}

interface CapturedChart {
  html: string;
  pictures: ChartPicture[];
}

const captured = new Map<string, CapturedChart>();

/**
 * Reads the pictures out of the page before it is hydrated: the first render repeats this
 * markup exactly, so hydration keeps the nodes already on screen.
 */
export function capturePrerenderedCharts(root: ParentNode): void {
  for (const box of root.querySelectorAll<HTMLElement>('[data-prerendered-chart]')) {
    const chartId = box.dataset['prerenderedChart'];
    if (!chartId) continue;
    const pictures = [...box.querySelectorAll<HTMLElement>('[data-fingerprint]')].map(
      (picture) => ({
        fingerprint: picture.dataset['fingerprint'] ?? '',
        theme: picture.dataset['theme'] ?? '',
        width: Number(picture.dataset['width']),
      }),
    );
    captured.set(chartId, { html: box.innerHTML, pictures });
  }
}

export function capturedChart(chartId: string): CapturedChart | null {
  return captured.get(chartId) ?? null;
}

/** Called once the live chart is drawn: the picture will never be shown again. */
export function releaseCapturedChart(chartId: string): void {
  captured.delete(chartId);
}

/**
 * A short, stable digest of what an option draws (functions left out: they are code, the same
 * on both sides). FNV-1a over its JSON: no crypto needed, and the same in Node and browsers.
 */
export function optionFingerprint(option: EChartsOption): string {
  // JSON leaves functions out by itself (a property holding one is dropped, an array's is
  // null): a replacer doing the same made this several times slower.
  const json = JSON.stringify(option);
  let hash = 0x811c9dc5;
  for (let index = 0; index < json.length; index += 1) {
    hash ^= json.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return `${(hash >>> 0).toString(16).padStart(8, '0')}${json.length.toString(16)}`;
}

/** How far the box may differ from the width a picture was drawn at (it scales to fit). */
const WIDTH_TOLERANCE = 0.1;

/**
 * Whether the picture this screen shows (app.css picks it by the screen's width) was drawn for
 * about the box's width. Read from the page, not from the option: while the page hydrates, the
 * option is still the desktop's on a phone.
 */
function shownPictureFits(box: HTMLElement): boolean {
  const shown = [...box.querySelectorAll<HTMLElement>('.chart-picture')].find(
    (picture) => getComputedStyle(picture).display !== 'none',
  );
  const width = Number(shown?.dataset['width']);
  // A picture not yet put in place (showChartPictures: still fetched) holds its <noscript>.
  return (
    shown?.querySelector('svg, noscript') != null &&
    width > 0 &&
    Math.abs(box.clientWidth - width) <= width * WIDTH_TOLERANCE
  );
}

/** The build's picture of `option` in `theme`, if it drew one. */
export function pictureOf(
  chart: CapturedChart,
  option: EChartsOption,
  theme: string,
): ChartPicture | null {
  const fingerprint = optionFingerprint(option);
  return (
    chart.pictures.find(
      (picture) => picture.fingerprint === fingerprint && picture.theme === theme,
    ) ?? null
  );
}

/** Build time: the box the prerender fills in. */
export function PrerenderedChartSlot({ chartId, height }: { chartId: string; height: number }) {
  return (
    <div
      className="echart-box prerendered-chart"
      data-prerendered-chart={chartId}
      style={{ height }}
      dangerouslySetInnerHTML={{ __html: prerenderSlot(chartId) }}
    />
  );
}

/** Hands the option to the prerender; renders the slot. Build time only. */
export function CollectedChartSlot(props: CollectedChart) {
  const collect = useContext(ChartCollectorContext);
  collect?.(props);
  return <PrerenderedChartSlot chartId={props.chartId} height={props.height} />;
}

/**
 * The build's pictures, kept on screen (the same markup hydration found) until `onWake`: the
 * reader reaches for the chart, or the box is not the width the shown picture was drawn for.
 * `covered` draws it under the live chart, which is about to replace it.
 */
export function PrerenderedChart({
  chartId,
  html,
  height,
  covered,
  onWake,
}: {
  chartId: string;
  html: string;
  height: number;
  covered: boolean;
  onWake: () => void;
}) {
  const boxRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const box = boxRef.current;
    if (!box || covered) return;
    if (!shownPictureFits(box)) {
      onWake();
      return;
    }
    box.addEventListener(PICTURE_MISSING, onWake);
    // A window resized past the picture's width (or a phone turned) needs the live chart.
    const observer =
      typeof ResizeObserver === 'undefined'
        ? null
        : new ResizeObserver(() => {
            if (!shownPictureFits(box)) onWake();
          });
    observer?.observe(box);
    return () => {
      box.removeEventListener(PICTURE_MISSING, onWake);
      observer?.disconnect();
    };
  }, [covered, onWake]);
  return (
    <div
      ref={boxRef}
      className={covered ? 'echart-box prerendered-chart covered' : 'echart-box prerendered-chart'}
      data-prerendered-chart={chartId}
      style={{ height }}
      aria-hidden={covered || undefined}
      onPointerEnter={onWake}
      onPointerDown={onWake}
      onTouchStart={onWake}
      onFocus={onWake}
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
