import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { explainFsError, InputError } from './input-error.ts';

/**
 * The folders whose reports are bundled, relative to the repository: the seeds and the corpus of
 * real reports, so every report the tests read is also one the app lists.
 */
export const LIBRARY_DIRS = ['seeds', 'seeds/corpus'] as const;

/** Every .txt report of the library, as paths relative to rootDir, sorted within each folder. */
export async function listLibraryInputs(rootDir: string): Promise<string[]> {
  const inputs: string[] = [];
  for (const dir of LIBRARY_DIRS) {
    const names = await readdir(join(rootDir, dir)).catch((error: unknown) => {
      // The corpus folder is optional; the seeds are not.
      if (dir !== 'seeds' && (error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT') {
        return [];
      }
      return explainFsError(`${dir}/`, error, 'list');
    });
    for (const name of names.filter((entry) => entry.endsWith('.txt')).sort()) {
      inputs.push(`${dir}/${name}`);
    }
  }
  if (inputs.length === 0) throw new InputError('seeds/', 'holds no .txt report');
  return inputs;
}
