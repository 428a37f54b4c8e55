/**
 * Build time only (vite.config.ts): the default view, rendered by the app itself from the
 * bundled data and written into index.html, so the first paint needs no JavaScript. The browser
 * hydrates it (src/app/start-app.tsx) from the same data, so its first render is this page.
 */
import { renderToString } from 'react-dom/server';
import { QueryClient } from '@tanstack/react-query';
import {
  datasetIndexSchema,
  SLIM_DATASET_DIR,
  slimDatasetSchema,
} from '../dataset/dataset-schema.ts';
import { appRoot } from './app-root.tsx';
import { firstViewReport, seedFirstView } from './first-view.ts';

export interface FirstView {
  /** The markup for #root; empty when there is no report to show. */
  html: string;
  /** The files of public/data/ that page was rendered from, for index.html to preload. */
  files: string[];
}

/** `readData(file)` reads a file of public/data/. */
export async function renderFirstView(
  readData: (file: string) => Promise<string>,
): Promise<FirstView> {
  const index = datasetIndexSchema.parse(JSON.parse(await readData('index.json')));
  const entry = firstViewReport(index);
  if (!entry) return { html: '', files: ['index.json'] };
  const slimFile = `${SLIM_DATASET_DIR}/${entry.file}`;
  const dataset = slimDatasetSchema.parse(JSON.parse(await readData(slimFile)));
  const client = new QueryClient();
  seedFirstView(client, index, entry, dataset);
  return { html: renderToString(appRoot(client)), files: ['index.json', slimFile] };
}
