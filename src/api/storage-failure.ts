/**
 * Why the browser's report store refused: said so the upload can name the cause and what to
 * do, instead of "could not read the file" when reading worked and only saving failed.
 */
export const STORAGE_PROBLEMS = ['blocked', 'quota', 'version', 'unknown'] as const;
export type StorageProblem = (typeof STORAGE_PROBLEMS)[number];

export class StorageFailure extends Error {
  override readonly name = 'StorageFailure';
  readonly problem: StorageProblem;
  /** For a full quota: bytes the report needs, and bytes left when the browser says. */
  readonly neededBytes: number | null;
  readonly freeBytes: number | null;

  constructor(
    problem: StorageProblem,
    message: string,
    sizes: { neededBytes?: number | null; freeBytes?: number | null } = {},
  ) {
    super(message);
    this.problem = problem;
    this.neededBytes = sizes.neededBytes ?? null;
    this.freeBytes = sizes.freeBytes ?? null;
  }
}

/** DOMException names as IndexedDB raises them, by what they mean to the user. */
const PROBLEM_OF_ERROR: Readonly<Record<string, StorageProblem>> = {
  // Site data blocked, private windows of some browsers, a sandboxed frame.
  SecurityError: 'blocked',
  InvalidStateError: 'blocked',
  NotAllowedError: 'blocked',
  QuotaExceededError: 'quota',
  // A newer version of the app has upgraded the database in another tab.
  VersionError: 'version',
};

export function storageProblemOf(error: unknown): StorageProblem {
  const name = (error as { name?: unknown } | null)?.name;
  return typeof name === 'string' ? (PROBLEM_OF_ERROR[name] ?? 'unknown') : 'unknown';
}

/** Turns whatever IndexedDB threw into a StorageFailure; one already classified passes through. */
export function toStorageFailure(
  error: unknown,
  sizes: { neededBytes?: number | null; freeBytes?: number | null } = {},
): StorageFailure {
  if (error instanceof StorageFailure) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new StorageFailure(storageProblemOf(error), message || 'storage failed', sizes);
}
