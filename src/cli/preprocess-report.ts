import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Dataset, DatasetIndex } from '../dataset/dataset-schema.ts';
import {
  datasetIndexSchema,
  datasetSchema,
  describeDatasetProblem,
  SCHEMA_VERSION,
  slimDataset,
  slimDatasetSchema,
} from '../dataset/dataset-schema.ts';
import type { ReportEncoding } from '../extract/decode-report-bytes.ts';
import {
  assertReportSize,
  decodeReportBytes,
  DEFAULT_MAX_REPORT_BYTES,
  ReportDecodeError,
} from '../extract/decode-report-bytes.ts';
import { extractReport } from '../extract/extract-report.ts';
import type { StatedYears } from '../extract/extract-report.ts';
import { placeLevel } from '../ledger/place.ts';
import { explainFsError, InputError } from './input-error.ts';

/** "seeds/Beihai 2024.txt" → "beihai-2024"; a name with no Latin letters falls back to its hash. */
export function reportIdFromPath(path: string, sha256: string): string {
  const slug = basename(path)
    .replace(/\.[^.]*$/, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug === '' ? `report-${sha256.slice(0, 12)}` : slug;
}

/** The one serialisation every generated file uses, so that equal data means equal bytes. */
export function serializeJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

export interface PreprocessedReport {
  dataset: Dataset;
  /** The dataset exactly as it is written to disk. */
  json: string;
  /** Its slim copy (no text) as written beside it for the app's first chart. */
  slimJson: string;
  encoding: ReportEncoding;
  replacedSequences: number;
}

export interface PreprocessOptions {
  maxBytes?: number;
  /** Years the user stated (--review-year/--plan-year); they beat what the text says. */
  years?: StatedYears;
}

async function readReportBytes(path: string, maxBytes: number): Promise<Uint8Array> {
  const info = await stat(path).catch((error: unknown) => explainFsError(path, error, 'read'));
  if (info.isDirectory()) throw new InputError(path, 'is a directory, not a file');
  if (!info.isFile()) throw new InputError(path, 'is not a regular file');
  // Refuse before reading so that a 50 MB file costs a stat, not a read.
  assertReportSize(info.size, maxBytes);
  const buffer = await readFile(path).catch((error: unknown) =>
    explainFsError(path, error, 'read'),
  );
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

/**
 * Reads one report file into a validated dataset and its JSON. Expected problems throw
 * InputError; an extractor that produces an invalid dataset throws a plain Error (a bug).
 */
export async function preprocessReportFile(
  path: string,
  options: PreprocessOptions = {},
): Promise<PreprocessedReport> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_REPORT_BYTES;
  try {
    const bytes = await readReportBytes(path, maxBytes);
    const { text, encoding, replacedSequences } = decodeReportBytes(bytes, { maxBytes });
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const source = { id: reportIdFromPath(path, sha256), file: basename(path), sha256 };
    const extracted = extractReport(text, source, options.years);
    const parsed = datasetSchema.safeParse(extracted);
    if (!parsed.success) {
      throw new Error(
        `the extractor produced an invalid dataset (${describeDatasetProblem(extracted)})`,
      );
    }
    // The parsed copy has the schema's key order whatever order the extractor built it in.
    return {
      dataset: parsed.data,
      json: serializeJson(parsed.data),
      // Validated where written, like the full one (the app validates it where read).
      slimJson: serializeJson(slimDatasetSchema.parse(slimDataset(parsed.data))),
      encoding,
      replacedSequences,
    };
  } catch (error) {
    if (error instanceof ReportDecodeError) throw new InputError(path, error.message);
    throw error;
  }
}

/** The index the app reads first: one entry per dataset, sorted by id, `file` relative to it. */
export function buildDatasetIndex(datasets: readonly Dataset[]): DatasetIndex {
  const reports = [...datasets]
    .sort((a, b) => (a.report.id < b.report.id ? -1 : a.report.id > b.report.id ? 1 : 0))
    .map(({ report, indicators }) => ({
      id: report.id,
      file: `${report.id}.json`,
      title: report.title,
      region: report.region,
      level: placeLevel(report.region?.zh),
      reviewYear: report.reviewYear,
      planYear: report.planYear,
      indicators: indicators.length,
    }));
  return datasetIndexSchema.parse({ schemaVersion: SCHEMA_VERSION, reports });
}
