import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { explainFsError } from './input-error.ts';

/**
 * Writes `content` to `path` so that readers see the old file or the new one, never half of
 * one: the temporary file sits in the same directory because rename is only atomic within
 * one file system. On failure the temporary file is removed and `path` is left as it was.
 */
export async function writeFileAtomic(path: string, content: string): Promise<void> {
  const directory = dirname(path);
  await mkdir(directory, { recursive: true }).catch((error: unknown) =>
    explainFsError(path, error, 'create its directory'),
  );
  // The ".tmp-" prefix is git-ignored, so a crash never leaves a file to commit by mistake.
  const temporary = join(directory, `.tmp-${basename(path)}-${randomBytes(6).toString('hex')}`);
  try {
    await writeFile(temporary, content, { flag: 'wx' });
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    explainFsError(path, error, 'write');
  }
}
