import type { Dataset, DatasetIndex } from '../dataset/dataset-schema.ts';
import { datasetSchema } from '../dataset/dataset-schema.ts';
import { placeLevel } from '../ledger/place.ts';

/**
 * Uploaded reports, kept in this browser's IndexedDB until the user deletes them. Nothing
 * here talks to a network. Raw IndexedDB: four operations do not justify a dependency.
 */

const DATABASE_NAME = 'zhibiao';
const DATABASE_VERSION = 1;
const STORE_NAME = 'uploaded-reports';

interface StoredRecord {
  id: string;
  savedAt: number;
  dataset: Dataset;
}

/** One stored report as the picker lists it: the shape of a bundled index entry, plus when. */
export type StoredReportSummary = DatasetIndex['reports'][number] & { savedAt: number };

function promisify<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
}

function openDatabase(): Promise<IDBDatabase> {
  const request = indexedDB.open(DATABASE_NAME, DATABASE_VERSION);
  request.onupgradeneeded = () => {
    if (!request.result.objectStoreNames.contains(STORE_NAME)) {
      request.result.createObjectStore(STORE_NAME, { keyPath: 'id' });
    }
  };
  return promisify(request);
}

async function withStore<T>(
  mode: IDBTransactionMode,
  run: (store: IDBObjectStore) => IDBRequest<T>,
): Promise<T> {
  const database = await openDatabase();
  try {
    const transaction = database.transaction(STORE_NAME, mode);
    const result = await promisify(run(transaction.objectStore(STORE_NAME)));
    await new Promise<void>((resolve, reject) => {
      transaction.oncomplete = () => resolve();
      transaction.onerror = () => reject(transaction.error ?? new Error('IndexedDB failed'));
      transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB aborted'));
    });
    return result;
  } finally {
    database.close();
  }
}

/** A record written by an older app version may no longer match the schema; skip it. */
function readRecord(value: unknown): StoredRecord | null {
  if (typeof value !== 'object' || value === null) return null;
  const record = value as Partial<StoredRecord>;
  const parsed = datasetSchema.safeParse(record.dataset);
  if (!parsed.success || typeof record.savedAt !== 'number') return null;
  return { id: parsed.data.report.id, savedAt: record.savedAt, dataset: parsed.data };
}

function summarise({ dataset, savedAt }: StoredRecord): StoredReportSummary {
  const { report } = dataset;
  return {
    id: report.id,
    file: report.source.file,
    title: report.title,
    region: report.region,
    level: placeLevel(report.region?.zh),
    reviewYear: report.reviewYear,
    planYear: report.planYear,
    indicators: dataset.indicators.length,
    savedAt,
  };
}

/** Every stored report, oldest first. */
export async function listStoredReports(): Promise<StoredReportSummary[]> {
  const values = await withStore('readonly', (store) => store.getAll());
  return values
    .map(readRecord)
    .filter((record): record is StoredRecord => record !== null)
    .sort((a, b) => a.savedAt - b.savedAt || a.id.localeCompare(b.id))
    .map(summarise);
}

/** The stored dataset with this id, or null when there is none (deleted, other browser). */
export async function loadStoredDataset(id: string): Promise<Dataset | null> {
  const value: unknown = await withStore('readonly', (store) => store.get(id));
  return readRecord(value)?.dataset ?? null;
}

/** Stores (or replaces, for the same bytes uploaded again) an uploaded dataset. */
export async function saveStoredDataset(dataset: Dataset, savedAt: number): Promise<void> {
  const record: StoredRecord = { id: dataset.report.id, savedAt, dataset };
  await withStore('readwrite', (store) => store.put(record));
}

export async function deleteStoredDataset(id: string): Promise<void> {
  await withStore('readwrite', (store) => store.delete(id));
}
