import type { Dataset } from '../../dataset/dataset-schema.ts';
import type { ReportSource, StatedYears } from '../../extract/extract-report.ts';

/**
 * The messages between the upload UI and the extract worker. Pure types and helpers so
 * the worker, the UI and the tests agree on one shape.
 */

/** Uploads are read in the browser's memory; 5 MB is fifty times the longest report. */
export const UPLOAD_MAX_BYTES = 5 * 1024 * 1024;

export const EXTRACT_STAGES = ['decoding', 'extracting', 'validating'] as const;
export type ExtractStage = (typeof EXTRACT_STAGES)[number];

export const UPLOAD_FAILURE_CODES = [
  'empty',
  'too-large',
  'binary',
  'undecodable',
  'html',
  'no-indicators',
  'invalid',
  'internal',
] as const;
export type UploadFailureCode = (typeof UPLOAD_FAILURE_CODES)[number];

export interface UploadFailure {
  code: UploadFailureCode;
  /** One technical line for the curious (English); the UI leads with its own message. */
  detail: string;
}

export type ExtractRequest =
  | {
      type: 'extract';
      requestId: number;
      /** Transferred, not copied: the UI gives the bytes away. */
      bytes: ArrayBuffer;
      fileName: string;
    }
  | {
      /** The same report read again with the years the user gave (the text did not say them). */
      type: 'reread';
      requestId: number;
      /** The decoded text, as the first reading's dataset holds it. */
      text: string;
      source: ReportSource;
      years: StatedYears;
    };

export type ExtractResponse =
  | { type: 'progress'; requestId: number; stage: ExtractStage }
  | { type: 'done'; requestId: number; dataset: Dataset }
  | { type: 'failed'; requestId: number; failure: UploadFailure };

export type ExtractOutcome = { ok: true; dataset: Dataset } | { ok: false; failure: UploadFailure };

/**
 * The id of an uploaded report: its own prefix keeps it apart from bundled ids
 * (beihai-2024); the hash, of the decoded text, keeps the same report one report however often
 * and in whichever encoding it is uploaded.
 */
export function uploadedReportId(sha256: string): string {
  return `upload-${sha256.slice(0, 8)}`;
}

export function isUploadedReportId(id: string): boolean {
  return id.startsWith('upload-');
}
