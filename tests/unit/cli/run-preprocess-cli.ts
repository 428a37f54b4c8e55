import { readFileSync } from 'node:fs';
import { copyFile, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listLibraryInputs } from '../../../src/cli/library-inputs.ts';
import { afterEach, beforeEach } from 'vitest';
import { main } from '../../../src/cli/preprocess-cli.ts';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const SEEDS_DIR = join(REPO_ROOT, 'seeds');

/**
 * The node arguments `npm run preprocess` runs, read from package.json so that the tests spawn
 * the command users run: `['src/cli/run-ts.mjs', 'src/cli/preprocess-cli.ts']`.
 */
export const PREPROCESS_NODE_ARGS: readonly string[] = (() => {
  const manifest = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  };
  const [command, ...args] = (manifest.scripts['preprocess'] ?? '').split(' ');
  if (command !== 'node') throw new Error('the preprocess script no longer starts with node');
  return args;
})();

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the preprocess command in-process with captured streams. */
export async function runPreprocessCli(
  argv: readonly string[],
  options: { cwd: string; rootDir?: string },
): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    ...options,
    stdout: { write: (chunk: string) => (stdout += chunk) },
    stderr: { write: (chunk: string) => (stderr += chunk) },
  });
  return { code, stdout, stderr };
}

export async function makeTempDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'zhibiao-cli-'));
}

export async function removeTempDir(path: string): Promise<void> {
  await rm(path, { recursive: true, force: true });
}

export async function seedNames(): Promise<string[]> {
  return (await readdir(SEEDS_DIR)).filter((name) => name.endsWith('.txt')).sort();
}

/** A fresh temporary directory per test holding a copy of one seed; returns the directory's getter. */
export function tempDirWithSeed(seed: string): () => string {
  let dir = '';
  beforeEach(async () => {
    dir = await makeTempDir();
    await copyFile(join(SEEDS_DIR, seed), join(dir, seed));
  });
  afterEach(() => removeTempDir(dir));
  return () => dir;
}

/** Every bundled report (seeds/*.txt, then seeds/corpus/*.txt), relative to the repository. */
export async function libraryInputs(): Promise<string[]> {
  return listLibraryInputs(REPO_ROOT);
}
