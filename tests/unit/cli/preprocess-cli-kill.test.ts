import { spawn } from 'node:child_process';
import { watch } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  makeTempDir,
  PREPROCESS_NODE_ARGS,
  removeTempDir,
  REPO_ROOT,
  SEEDS_DIR,
} from './run-preprocess-cli.ts';

/**
 * The CLI killed while it writes, as the npm script runs it (one node process running the
 * bundled CLI, so the signal reaches the writer): the output is always the old or the new complete
 * file, SIGTERM leaves no temporary behind, and the next run removes what SIGKILL left.
 */

interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** Whether a temporary output existed when the signal was sent: the kill hit the write. */
  midWrite: boolean;
}

function runCli(args: readonly string[], kill?: { signal: NodeJS.Signals; dir: string }) {
  const child = spawn(process.execPath, [...PREPROCESS_NODE_ARGS, ...args], {
    cwd: REPO_ROOT,
    stdio: 'ignore',
  });
  let midWrite = false;
  // Signal the moment the temporary output appears, i.e. while it is being written.
  const watcher = kill
    ? watch(kill.dir, (_event, name) => {
        if (!name?.startsWith('.tmp-') || midWrite) return;
        midWrite = true;
        child.kill(kill.signal);
      })
    : null;
  return new Promise<Exit>((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      watcher?.close();
      resolve({ code, signal, midWrite });
    });
  });
}

async function temporaries(dir: string): Promise<string[]> {
  return (await readdir(dir)).filter((name) => name.startsWith('.tmp-'));
}

describe('preprocess killed mid-write', () => {
  let dir = '';
  let input = '';
  let out = '';
  let fresh = '';
  const stale = '{"old": "dataset"}\n';

  beforeAll(async () => {
    dir = await makeTempDir();
    input = join(dir, 'big-2024.txt');
    out = join(dir, 'big-2024.json');
    // A report long enough that its dataset (about 1.2 MB) takes a while to write.
    const seed = await readFile(join(SEEDS_DIR, 'beihai-2024.txt'), 'utf8');
    await writeFile(input, seed.repeat(6));
    expect((await runCli([input, '--out', out])).code).toBe(0);
    fresh = await readFile(out, 'utf8');
  }, 60_000);

  afterAll(() => removeTempDir(dir));

  it('leaves the old or the new complete file, and no temporary after the next run', async () => {
    const exits: Exit[] = [];
    for (let run = 0; run < 10; run += 1) {
      await writeFile(out, stale);
      const signal = run % 2 === 0 ? 'SIGTERM' : 'SIGKILL';
      const exit = await runCli([input, '--out', out], { signal, dir });
      exits.push(exit);
      expect([stale, fresh]).toContain(await readFile(out, 'utf8'));
      if (signal === 'SIGTERM') expect(await temporaries(dir)).toEqual([]);
    }
    // The run after the kills removes whatever SIGKILL left and writes the new file.
    expect((await runCli([input, '--out', out])).code).toBe(0);
    expect(await temporaries(dir)).toEqual([]);
    expect(await readFile(out, 'utf8')).toBe(fresh);
    // The kills did land while writing, and SIGTERM ended the writer itself (not a wrapper).
    expect(exits.filter((exit) => exit.midWrite).length).toBeGreaterThan(0);
    expect(exits.map((exit) => exit.signal)).toContain('SIGTERM');
  }, 120_000);
});
