import type { Dataset } from '../dataset/dataset-schema.ts';
import type { StorageProblem } from './storage-failure.ts';

/**
 * Reports read in this visit that the browser would not store: they can still be opened until
 * the page is closed or reloaded, and are marked as not kept. A tiny external store so the
 * report list re-renders when one is added.
 */
export interface SessionReport {
  dataset: Dataset;
  savedAt: number;
  /** Why it is not kept. */
  problem: StorageProblem;
}

let reports: readonly SessionReport[] = [];
const listeners = new Set<() => void>();

export function addSessionReport(report: SessionReport): void {
  const id = report.dataset.report.id;
  reports = [...reports.filter((other) => other.dataset.report.id !== id), report];
  for (const listener of listeners) listener();
}

export function sessionReports(): readonly SessionReport[] {
  return reports;
}

export function sessionDataset(id: string): Dataset | null {
  return reports.find((report) => report.dataset.report.id === id)?.dataset ?? null;
}

export function subscribeSessionReports(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** For tests: forget every report of the visit. */
export function clearSessionReports(): void {
  reports = [];
  for (const listener of listeners) listener();
}
