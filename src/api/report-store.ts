import type { Dataset, DatasetIndex, datasetSchema } from '../dataset/dataset-schema.ts';
import { placeLevel } from '../ledger/place.ts';
import { announceStoredReportsChanged } from './report-sync.ts';
import { StorageFailure, toStorageFailure } from './storage-failure.ts';

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
  if (typeof indexedDB === 'undefined') {
    return Promise.reject(new StorageFailure('blocked', 'this browser offers no IndexedDB'));
  }
  return new Promise((resolve, reject) => {
    // open() itself throws where site data is blocked (SecurityError).
    const request = indexedDB.open(DATABASE_NAME, DATABASE_VERSION);
    request.onupgradeneeded = () => {
      if (!request.result.objectStoreNames.contains(STORE_NAME)) {
        request.result.createObjectStore(STORE_NAME, { keyPath: 'id' });
      }
    };
    // Another tab keeps an older version open while this one upgrades.
    request.onblocked = () =>
      reject(new StorageFailure('version', 'another tab holds an older version of the store'));
    request.onsuccess = () => {
      const database = request.result;
      // A newer version in another tab: let it upgrade instead of blocking it.
      database.onversionchange = () => database.close();
      resolve(database);
    };
    request.onerror = () =>
      reject(toStorageFailure(request.error ?? new Error('IndexedDB open failed')));
  });
}

async function withStore<T>(
  mode: IDBTransactionMode,
  run: (store: IDBObjectStore) => IDBRequest<T>,
  sizes: { neededBytes?: number } = {},
): Promise<T> {
  let database: IDBDatabase;
  try {
    database = await openDatabase();
  } catch (error) {
    throw toStorageFailure(error, sizes);
  }
  try {
    const transaction = database.transaction(STORE_NAME, mode);
    const result = await promisify(run(transaction.objectStore(STORE_NAME)));
    await new Promise<void>((resolve, reject) => {
      transaction.oncomplete = () => resolve();
      transaction.onerror = () => reject(transaction.error ?? new Error('IndexedDB failed'));
      transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB aborted'));
    });
    return result;
  } catch (error) {
    throw toStorageFailure(error, { ...sizes, freeBytes: await freeBytes() });
  } finally {
    database.close();
  }
}

/** What the browser says is left for this origin, when it says. */
async function freeBytes(): Promise<number | null> {
  try {
    const estimate = await navigator.storage?.estimate?.();
    if (!estimate?.quota || estimate.usage === undefined) return null;
    return Math.max(0, estimate.quota - estimate.usage);
  } catch {
    return null;
  }
}

type DatasetSchema = typeof datasetSchema;

/**
 * The schema, loaded with the first stored record it checks: a first visit has none, and the
 * page's own code leaves zod out (bundled data files are checked in a worker).
 */
async function loadDatasetSchema(): Promise<DatasetSchema> {
  return (await import('../dataset/dataset-schema.ts')).datasetSchema;
}

/** A record written by an older app version may no longer match the schema; skip it. */
function readRecord(value: unknown, datasetSchema: DatasetSchema): StoredRecord | null {
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
  if (values.length === 0) return [];
  const datasetSchema = await loadDatasetSchema();
  return values
    .map((value) => readRecord(value, datasetSchema))
    .filter((record): record is StoredRecord => record !== null)
    .sort((a, b) => a.savedAt - b.savedAt || a.id.localeCompare(b.id))
    .map(summarise);
}

/** The stored dataset with this id, or null when there is none (deleted, other browser). */
export async function loadStoredDataset(id: string): Promise<Dataset | null> {
  const value: unknown = await withStore('readonly', (store) => store.get(id));
  if (value === undefined) return null;
  return readRecord(value, await loadDatasetSchema())?.dataset ?? null;
}

/**
 * Stores (or replaces, for the same report uploaded again) an uploaded dataset. Throws a
 * StorageFailure that says why when the browser refuses (blocked, full, another version).
 */
export async function saveStoredDataset(dataset: Dataset, savedAt: number): Promise<void> {
  const record: StoredRecord = { id: dataset.report.id, savedAt, dataset };
  // Its size as UTF-8 JSON: what a reader can check, and close to what the browser stores.
  const neededBytes = new TextEncoder().encode(JSON.stringify(dataset)).length;
  await withStore('readwrite', (store) => store.put(record), { neededBytes });
  announceStoredReportsChanged();
}

export async function deleteStoredDataset(id: string): Promise<void> {
  await withStore('readwrite', (store) => store.delete(id));
  announceStoredReportsChanged();
}
