import { copyFile, link, mkdir, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { temporaryName } from '../../../src/cli/write-file-atomic.ts';
import { runPreprocessCli, SEEDS_DIR, tempDirWithSeed } from './run-preprocess-cli.ts';

const BEIHAI = 'beihai-2024.txt';
/** Far above any pid_max, so no process has it. */
const GONE_PID = 2 ** 31 - 2;

const tempDir = tempDirWithSeed(BEIHAI);

describe('--out that would destroy a report is refused in one line', () => {
  const report = (): Promise<string> => readFile(join(tempDir(), BEIHAI), 'utf8');

  it.each([
    ['the input itself', BEIHAI],
    ['the input spelled another way', `./sub/../${BEIHAI}`],
  ])('%s', async (_case, out) => {
    await mkdir(join(tempDir(), 'sub'));
    const before = await report();
    const run = await runPreprocessCli([BEIHAI, '--out', out], { cwd: tempDir() });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      `preprocess: ${out}: is the input report itself; choose another --out (e.g. report.json)\n`,
    );
    expect(await report()).toBe(before);
  });

  it('a symbolic or hard link to the input', async () => {
    await symlink(join(tempDir(), BEIHAI), join(tempDir(), 'soft.txt'));
    await link(join(tempDir(), BEIHAI), join(tempDir(), 'hard.txt'));
    for (const out of ['soft.txt', 'hard.txt']) {
      const run = await runPreprocessCli([BEIHAI, '--out', out], { cwd: tempDir() });
      expect(run.stderr).toMatch(new RegExp(`^preprocess: ${out}: is the input report itself`));
    }
    expect(await readFile(join(tempDir(), BEIHAI), 'utf8')).toBe(
      await readFile(join(SEEDS_DIR, BEIHAI), 'utf8'),
    );
  });

  it('any file under seeds/, existing or not', async () => {
    const root = join(tempDir(), 'repo');
    await mkdir(join(root, 'seeds', 'corpus'), { recursive: true });
    await copyFile(join(SEEDS_DIR, BEIHAI), join(root, 'seeds', BEIHAI));
    for (const out of [`seeds/${BEIHAI}`, 'seeds/corpus/new.json']) {
      const run = await runPreprocessCli([join(tempDir(), BEIHAI), '--out', out], {
        cwd: root,
        rootDir: root,
      });
      expect(run.code).toBe(1);
      expect(run.stderr).toBe(
        `preprocess: ${out}: is under seeds/, which holds the source reports; write datasets elsewhere (e.g. public/data/)\n`,
      );
    }
    expect(await readdir(join(root, 'seeds', 'corpus'))).toEqual([]);
  });
});

describe('temporary files of the output', () => {
  it('are named after the output and the writing process', () => {
    expect(temporaryName('/x/beihai-2024.json', 4711)).toMatch(
      /^\.tmp-beihai-2024\.json-4711-[0-9a-f]{12}$/u,
    );
  });

  it('left by a killed run are removed by the next one; a running writer’s file is kept', async () => {
    const out = join(tempDir(), 'beihai.json');
    const dead = temporaryName(out, GONE_PID);
    const older = '.tmp-beihai.json-0123456789ab';
    const running = temporaryName(out, process.ppid);
    const otherOutput = temporaryName(join(tempDir(), 'other.json'), GONE_PID);
    for (const name of [dead, older, running, otherOutput])
      await writeFile(join(tempDir(), name), '{');
    const run = await runPreprocessCli([BEIHAI, '--out', 'beihai.json'], { cwd: tempDir() });
    expect(run.code).toBe(0);
    const left = (await readdir(tempDir())).filter((name) => name.startsWith('.tmp-')).sort();
    expect(left).toEqual([otherOutput, running].sort());
  });
});
