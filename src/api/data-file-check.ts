import type { z } from 'zod';
import { attainmentFileSchema } from '../dataset/attainment-schema.ts';
import type { AttainmentFile } from '../dataset/attainment-schema.ts';
import { datasetIndexSchema, datasetSchema, slimDatasetSchema } from '../dataset/dataset-schema.ts';
import type { Dataset, DatasetIndex, SlimDataset } from '../dataset/dataset-schema.ts';

/** What each kind of data file holds once checked. */
export interface DataFiles {
  index: DatasetIndex;
  dataset: Dataset;
  slim: SlimDataset;
  attainment: AttainmentFile;
}
export type DataFileKind = keyof DataFiles;

/** A file's check: its data, or one line naming the file and what is wrong with it. */
export type CheckedDataFile = { ok: true; data: unknown } | { ok: false; message: string };

/** The schema of each kind, and the name of its root in a problem's path. */
const SCHEMAS: { [K in DataFileKind]: { schema: z.ZodType<DataFiles[K]>; root: string } } = {
  index: { schema: datasetIndexSchema, root: 'index' },
  dataset: { schema: datasetSchema, root: 'dataset' },
  slim: { schema: slimDatasetSchema, root: 'dataset' },
  attainment: { schema: attainmentFileSchema, root: 'file' },
};

/**
 * The bytes of data/<file> as JSON, checked against its kind's schema. Pure, so the app runs it
 * in a worker (src/api/data-file-worker.ts) and, where there is none, in the page.
 */
export function checkDataFile(
  kind: DataFileKind,
  file: string,
  bytes: ArrayBuffer,
): CheckedDataFile {
  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    return { ok: false, message: `data/${file}: not valid JSON` };
  }
  const { schema, root } = SCHEMAS[kind];
  const result = schema.safeParse(raw);
  if (result.success) return { ok: true, data: result.data };
  const issue = result.error.issues[0];
  const path = issue && issue.path.length > 0 ? issue.path.join('.') : root;
  return { ok: false, message: `data/${file} is invalid: ${path}: ${issue?.message ?? ''}` };
}
