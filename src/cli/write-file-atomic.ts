import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { explainFsError } from './input-error.ts';

/**
 * Writes `content` to `path` so that readers see the old file or the new one, never half of
 * one: the temporary file sits in the same directory because rename is only atomic within
 * one file system. On failure, and on SIGINT, SIGTERM or SIGHUP, the temporary file is removed
 * and `path` is left as it was; one left by a run that was killed outright (SIGKILL, power
 * loss) is removed by the next write to the same path.
 */
export async function writeFileAtomic(path: string, content: string): Promise<void> {
  const directory = dirname(path);
  await mkdir(directory, { recursive: true }).catch((error: unknown) =>
    explainFsError(path, error, 'create its directory'),
  );
  await removeStaleTemporaries(path);
  const temporary = join(directory, temporaryName(path, process.pid));
  holdUntilDone(temporary);
  try {
    await writeFile(temporary, content, { flag: 'wx' });
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    explainFsError(path, error, 'write');
  } finally {
    release(temporary);
  }
}

/**
 * `.tmp-beihai-2024.json-4711-9f86d081884c`: the ".tmp-" prefix is git-ignored, the target's name
 * says what it was for, and the writer's pid says whether that writer is still running.
 */
export function temporaryName(path: string, pid: number): string {
  return `.tmp-${basename(path)}-${pid}-${randomBytes(6).toString('hex')}`;
}

/** The writer's pid in a temporary name, or null for names written before the pid was added. */
function writerOf(name: string, target: string): number | null | undefined {
  const prefix = `.tmp-${target}-`;
  if (!name.startsWith(prefix)) return undefined;
  const match = /^(?:(\d+)-)?[0-9a-f]{12}$/u.exec(name.slice(prefix.length));
  if (!match) return undefined;
  return match[1] === undefined ? null : Number(match[1]);
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes temporaries for `path` whose writer is gone; a running writer's file is left alone. */
async function removeStaleTemporaries(path: string): Promise<void> {
  const names = await readdir(dirname(path)).catch(() => []);
  const stale = names.filter((name) => {
    const writer = writerOf(name, basename(path));
    if (writer === undefined) return false;
    return writer === null || (writer !== process.pid && !isRunning(writer));
  });
  await Promise.all(stale.map((name) => rm(join(dirname(path), name), { force: true })));
}

/** Temporaries being written by this process, removed if it is told to stop. */
const liveTemporaries = new Set<string>();
const STOP_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

function removeLiveTemporaries(): void {
  for (const temporary of liveTemporaries) rmSync(temporary, { force: true });
  liveTemporaries.clear();
}

function stopOnSignal(signal: NodeJS.Signals): void {
  removeLiveTemporaries();
  unlisten();
  // Raised again with no listener left, the signal ends the process the way it would have
  // (exit status 128 + signal number), so a caller or shell sees it was interrupted.
  process.kill(process.pid, signal);
}

function holdUntilDone(temporary: string): void {
  if (liveTemporaries.size === 0) {
    for (const signal of STOP_SIGNALS) process.on(signal, stopOnSignal);
    process.on('exit', removeLiveTemporaries);
  }
  liveTemporaries.add(temporary);
}

function release(temporary: string): void {
  liveTemporaries.delete(temporary);
  if (liveTemporaries.size === 0) unlisten();
}

function unlisten(): void {
  for (const signal of STOP_SIGNALS) process.off(signal, stopOnSignal);
  process.off('exit', removeLiveTemporaries);
}
