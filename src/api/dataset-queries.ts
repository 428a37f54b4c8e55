import { queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import {
  datasetIndexSchema,
  datasetSchema,
  describeDatasetProblem,
  SLIM_DATASET_DIR,
  slimDatasetSchema,
} from '../dataset/dataset-schema.ts';
import type { Dataset, DatasetIndex, SlimDataset } from '../dataset/dataset-schema.ts';

/** Where bundled datasets live; BASE_URL keeps this working under any deploy path. */
export function dataUrl(file: string): string {
  return `${import.meta.env.BASE_URL}data/${file}`;
}

export class DatasetLoadError extends Error {
  override name = 'DatasetLoadError';
}

/** A data file as JSON; every failure is a DatasetLoadError that names the file. */
export async function fetchJson(file: string): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(dataUrl(file));
  } catch (error) {
    throw new DatasetLoadError(
      `data/${file}: network error (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  if (!response.ok) {
    throw new DatasetLoadError(
      `data/${file}: HTTP ${response.status} ${response.statusText}`.trim(),
    );
  }
  try {
    return await response.json();
  } catch {
    throw new DatasetLoadError(`data/${file}: not valid JSON`);
  }
}

/** `raw` as the schema's type, or a DatasetLoadError naming the file and the first problem's path. */
export function parseDataFile<T>(
  schema: z.ZodType<T>,
  raw: unknown,
  file: string,
  root: string,
): T {
  const result = schema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0];
    const path = issue && issue.path.length > 0 ? issue.path.join('.') : root;
    throw new DatasetLoadError(`data/${file} is invalid: ${path}: ${issue?.message ?? ''}`);
  }
  return result.data;
}

export async function fetchDatasetIndex(): Promise<DatasetIndex> {
  return parseDataFile(datasetIndexSchema, await fetchJson('index.json'), 'index.json', 'index');
}

export async function fetchDataset(file: string): Promise<Dataset> {
  const raw = await fetchJson(file);
  const result = datasetSchema.safeParse(raw);
  if (!result.success) {
    throw new DatasetLoadError(`data/${file} is invalid: ${describeDatasetProblem(raw) ?? ''}`);
  }
  return result.data;
}

/** The slim copy of public/data/<file> (no text), which is all the first chart waits for. */
export async function fetchSlimDataset(file: string): Promise<SlimDataset> {
  const slimFile = `${SLIM_DATASET_DIR}/${file}`;
  const raw = await fetchJson(slimFile);
  const result = slimDatasetSchema.safeParse(raw);
  if (!result.success) {
    throw new DatasetLoadError(
      `data/${slimFile} is invalid: ${describeDatasetProblem(raw, slimDatasetSchema) ?? ''}`,
    );
  }
  return result.data;
}

export function datasetIndexQueryOptions() {
  return queryOptions({
    queryKey: ['dataset-index'],
    queryFn: fetchDatasetIndex,
    staleTime: Infinity,
  });
}

export function datasetQueryOptions(file: string) {
  return queryOptions({
    queryKey: ['dataset', file],
    queryFn: () => fetchDataset(file),
    staleTime: Infinity,
  });
}

export function slimDatasetQueryOptions(file: string) {
  return queryOptions({
    queryKey: ['slim-dataset', file],
    queryFn: () => fetchSlimDataset(file),
    staleTime: Infinity,
  });
}
