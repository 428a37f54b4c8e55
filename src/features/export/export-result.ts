import type { ExportFailure } from './export-text.ts';

/** Exports report failures as values so that the menu can always tell the user what happened. */
export type ExportResult<T> =
  { ok: true; value: T } | { ok: false; failure: ExportFailure; detail: string | null };

export function succeed<T>(value: T): ExportResult<T> {
  return { ok: true, value };
}

export function fail<T>(failure: ExportFailure, cause?: unknown): ExportResult<T> {
  const detail =
    cause instanceof Error ? `${cause.name}: ${cause.message}` : cause ? String(cause) : null;
  return { ok: false, failure, detail };
}
