/**
 * Build time only (vite.config.ts): the default view, rendered by the app itself from the
 * bundled data and written into index.html, so the first paint needs no JavaScript. The browser
 * hydrates it (src/app/start-app.tsx) from the same data, so its first render is this page.
 * The first chart is drawn too, as ECharts' server-side SVG, once as a desktop and once as a
 * phone lays it out (src/components/prerendered-chart.tsx).
 */
import { renderToString } from 'react-dom/server';
import { QueryClient } from '@tanstack/react-query';
import {
  ChartCollectorContext,
  optionFingerprint,
  prerenderSlot,
} from '../components/prerendered-chart.tsx';
import type { CollectedChart } from '../components/prerendered-chart.tsx';
import {
  datasetIndexSchema,
  SLIM_DATASET_DIR,
  slimDatasetSchema,
} from '../dataset/dataset-schema.ts';
import { renderSvg } from '../features/export/render-image.ts';
import { withPageFont } from '../lib/chart-frame.ts';
import { escapeHtml } from '../lib/escape-html.ts';
import { withSharedStyles } from '../lib/svg-shared-styles.ts';
import { appRoot } from './app-root.tsx';
import { firstViewReport, seedFirstView } from './first-view.ts';
import { COMPACT_SCREEN } from './use-compact.ts';
import { ServerMediaContext } from './use-media-query.ts';

/**
 * Where the build puts a picture's SVG (`name` says which chart and layout): returns its
 * address, relative to index.html.
 */
export type PlacePicture = (name: string, svg: string) => string;

export interface FirstView {
  /** The markup for #root; empty when there is no report to show. */
  html: string;
  /** The files of public/data/ that page was rendered from, for index.html to preload. */
  files: string[];
}

/**
 * The first chart's box in a 1400 px and a 412 px wide window (a desktop; Lighthouse's phone),
 * in CSS pixels; windows whose box is within 10% of one show its picture.
 * tests/e2e/first-view.test.ts checks these against the page.
 */
export const PICTURE_LAYOUTS = [
  { layout: 'wide', width: 1302, screen: () => false },
  { layout: 'narrow', width: 353, screen: (query: string) => query === COMPACT_SCREEN },
] as const;

function description(chart: CollectedChart): string {
  const aria = chart.option.aria;
  const label = aria && !Array.isArray(aria) ? aria.label : undefined;
  return typeof label?.description === 'string' ? label.description : '';
}

function picture(
  chart: CollectedChart,
  layout: string,
  width: number,
  place: PlacePicture,
): string {
  const drawn = renderSvg(withPageFont(chart.option), null, { width, height: chart.height });
  if (!drawn.ok) {
    throw new Error(`the first chart's ${layout} picture: ${drawn.detail ?? drawn.failure}`);
  }
  const attributes = [
    `class="chart-picture"`,
    `data-layout="${layout}"`,
    `data-width="${width}"`,
    `data-theme="light"`,
    `data-fingerprint="${optionFingerprint(chart.option)}"`,
    `role="img"`,
    `aria-label="${escapeHtml(description(chart))}"`,
  ];
  const src = escapeHtml(
    place(`${chart.chartId}-${layout}`, withSharedStyles(drawn.value, `picture-${layout}`)),
  );
  // With scripts, put in place after the first paint (showChartPictures); without, an image.
  const image = `<img src="${src}" alt="" width="${width}" height="${chart.height}">`;
  return `<div ${attributes.join(' ')} data-src="${src}"><noscript>${image}</noscript></div>`;
}

/** `readData(file)` reads a file of public/data/; `place` writes the first chart's pictures. */
export async function renderFirstView(
  readData: (file: string) => Promise<string>,
  place: PlacePicture,
): Promise<FirstView> {
  const index = datasetIndexSchema.parse(JSON.parse(await readData('index.json')));
  const entry = firstViewReport(index);
  if (!entry) return { html: '', files: ['index.json'] };
  const slimFile = `${SLIM_DATASET_DIR}/${entry.file}`;
  const dataset = slimDatasetSchema.parse(JSON.parse(await readData(slimFile)));
  const client = new QueryClient();
  seedFirstView(client, index, entry, dataset);
  const pictures = new Map<string, string[]>();
  const render = (layout: (typeof PICTURE_LAYOUTS)[number]) => {
    const collect = (chart: CollectedChart) => {
      const drawn = pictures.get(chart.chartId) ?? [];
      pictures.set(chart.chartId, [...drawn, picture(chart, layout.layout, layout.width, place)]);
    };
    return renderToString(
      <ServerMediaContext value={layout.screen}>
        <ChartCollectorContext value={collect}>{appRoot(client)}</ChartCollectorContext>
      </ServerMediaContext>,
    );
  };
  // The page as hydration renders it (wide), then the phone's layout for its chart alone.
  const [html] = PICTURE_LAYOUTS.map(render);
  let page = html ?? '';
  for (const [chartId, drawn] of pictures) {
    page = page.replace(prerenderSlot(chartId), drawn.join(''));
  }
  return { html: page, files: ['index.json', slimFile] };
}
