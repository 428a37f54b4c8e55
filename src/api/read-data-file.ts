import type { CheckedDataFile, DataFileKind, DataFiles } from './data-file-check.ts';
import type { DataFileRequest, DataFileResponse } from './data-file-worker.ts';

/** Where bundled datasets live; BASE_URL keeps this working under any deploy path. */
export function dataUrl(file: string): string {
  return `${import.meta.env.BASE_URL}data/${file}`;
}

export class DatasetLoadError extends Error {
  override name = 'DatasetLoadError';
}

function networkError(file: string, error: unknown): DatasetLoadError {
  return new DatasetLoadError(
    `data/${file}: network error (${error instanceof Error ? error.message : String(error)})`,
  );
}

async function fetchBytes(file: string): Promise<ArrayBuffer> {
  let response: Response;
  try {
    response = await fetch(dataUrl(file));
  } catch (error) {
    throw networkError(file, error);
  }
  if (!response.ok) {
    throw new DatasetLoadError(
      `data/${file}: HTTP ${response.status} ${response.statusText}`.trim(),
    );
  }
  try {
    return await response.arrayBuffer();
  } catch (error) {
    throw networkError(file, error);
  }
}

function checkInPage(
  kind: DataFileKind,
  file: string,
  bytes: ArrayBuffer,
): Promise<CheckedDataFile> {
  return import('./data-file-check.ts').then(({ checkDataFile }) =>
    checkDataFile(kind, file, bytes),
  );
}

/**
 * One worker for every data file of the session. Parsing and checking a dataset against the
 * schema is the longest work of opening the page (zod's schemas are built before the first
 * check); in a worker it runs beside the app's start instead of blocking it, and zod is not
 * in the page's code at all. Where a worker cannot run (no Worker, or its script failed), the
 * check runs in the page.
 */
let worker: Worker | null = null;
let workerFailed = typeof Worker === 'undefined';
let nextId = 0;
const pending = new Map<
  number,
  { request: DataFileRequest; settle: (checked: Promise<CheckedDataFile>) => void }
>();

function dataFileWorker(): Worker | null {
  if (worker || workerFailed) return worker;
  try {
    worker = new Worker(new URL('./data-file-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    workerFailed = true;
    return null;
  }
  worker.addEventListener('message', (event: MessageEvent<DataFileResponse>) => {
    const { id, ...checked } = event.data;
    pending.get(id)?.settle(Promise.resolve(checked));
    pending.delete(id);
  });
  worker.addEventListener('error', () => {
    workerFailed = true;
    worker?.terminate();
    worker = null;
    for (const { request, settle } of pending.values()) {
      settle(checkInPage(request.kind, request.file, request.bytes));
    }
    pending.clear();
  });
  return worker;
}

function check(kind: DataFileKind, file: string, bytes: ArrayBuffer): Promise<CheckedDataFile> {
  const target = dataFileWorker();
  if (!target) return checkInPage(kind, file, bytes);
  return new Promise((resolve, reject) => {
    const request: DataFileRequest = { id: nextId++, kind, file, bytes };
    pending.set(request.id, { request, settle: (checked) => checked.then(resolve, reject) });
    // Copied, not transferred: the page keeps the bytes to check them itself if the worker fails.
    target.postMessage(request);
  });
}

/** Starts the worker ahead of the first request, so that its start overlaps the app's. */
export function prepareDataFileReader(): void {
  dataFileWorker();
}

/** data/<file>, checked as `kind`; every failure is a DatasetLoadError that names the file. */
export async function readDataFile<K extends DataFileKind>(
  kind: K,
  file: string,
): Promise<DataFiles[K]> {
  const checked = await check(kind, file, await fetchBytes(file));
  if (!checked.ok) throw new DatasetLoadError(checked.message);
  return checked.data as DataFiles[K];
}
