import { spawnSync } from 'node:child_process';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { datasetSchema } from '../../../src/dataset/dataset-schema.ts';
import type { Dataset } from '../../../src/dataset/dataset-schema.ts';
import {
  PREPROCESS_NODE_ARGS,
  REPO_ROOT,
  runPreprocessCli,
  tempDirWithSeed,
} from './run-preprocess-cli.ts';

const BEIHAI = 'beihai-2024.txt';
const PREVIOUS_OUTPUT = '{"previous":"dataset"}\n';

const tempDir = tempDirWithSeed(BEIHAI);

async function readDataset(name: string): Promise<Dataset> {
  return datasetSchema.parse(JSON.parse(await readFile(join(tempDir(), name), 'utf8')));
}

describe('--review-year and --plan-year override the years the text gives', () => {
  it('takes both years as given and says so in the dataset and on stdout', async () => {
    const run = await runPreprocessCli(
      [BEIHAI, '--out', 'out.json', '--review-year', '2025', '--plan-year', '2026'],
      { cwd: tempDir() },
    );

    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toMatch(/years 2025\/2026 as given .* -> out\.json\n$/);
    const { report } = await readDataset('out.json');
    expect(report).toMatchObject({ reviewYear: 2025, planYear: 2026, yearsFrom: 'user' });
  });

  it.each([
    { given: ['--review-year', '2025'], reviewYear: 2025, planYear: 2026 },
    { given: ['--plan-year=2026'], reviewYear: 2025, planYear: 2026 },
    { given: ['--review-year=2020', '--plan-year=2022'], reviewYear: 2020, planYear: 2022 },
  ])('derives or keeps the other year: $given', async ({ given, reviewYear, planYear }) => {
    const run = await runPreprocessCli([BEIHAI, '--out', 'out.json', ...given], { cwd: tempDir() });

    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect((await readDataset('out.json')).report).toMatchObject({ reviewYear, planYear });
  });

  it('prints the years the text gave when none are stated', async () => {
    const run = await runPreprocessCli([BEIHAI, '--out', 'out.json'], { cwd: tempDir() });

    const { report } = await readDataset('out.json');
    expect(run.stdout).toContain(`years ${report.reviewYear}/${report.planYear}`);
    expect(report.yearsFrom).not.toBe('user');
  });

  it('tells how to give the years when the text does not say them', async () => {
    await writeFile(join(tempDir(), 'plain.txt'), '各位代表：\n全市地区生产总值增长5.8%。\n');

    const run = await runPreprocessCli(['plain.txt', '--out', 'out.json'], { cwd: tempDir() });

    expect(run.code).toBe(0);
    expect(run.stdout).toContain('years ?/? not found (give --review-year and --plan-year)');
  });
});

describe('a bad year is one line naming the flag, exit 1, and nothing written', () => {
  it.each([
    {
      argv: ['--review-year', 'abc'],
      line: 'preprocess: --review-year abc: not a year (a whole number from 1949 to 2100)\n',
    },
    {
      argv: ['--plan-year', '2025.5'],
      line: 'preprocess: --plan-year 2025.5: not a year (a whole number from 1949 to 2100)\n',
    },
    {
      argv: ['--review-year=-2024'],
      line: 'preprocess: --review-year -2024: not a year (a whole number from 1949 to 2100)\n',
    },
    {
      argv: ['--review-year', '1900'],
      line: 'preprocess: --review-year 1900: out of range (a year from 1949 to 2100)\n',
    },
    {
      argv: ['--plan-year', '2101', '--review-year', '2100'],
      line: 'preprocess: --plan-year 2101: out of range (a year from 1949 to 2100)\n',
    },
    {
      argv: ['--plan-year', '1949'],
      line: 'preprocess: --plan-year 1949: the review year before it, 1948, is before 1949\n',
    },
    {
      argv: ['--review-year', '2100'],
      line: 'preprocess: --review-year 2100: the plan year after it, 2101, is past 2100\n',
    },
    {
      argv: ['--review-year', '2026', '--plan-year', '2026'],
      line: 'preprocess: --plan-year 2026: must be after --review-year 2026\n',
    },
    {
      argv: ['--review-year', '2026', '--plan-year', '2025'],
      line: 'preprocess: --plan-year 2025: must be after --review-year 2026\n',
    },
  ])('$argv', async ({ argv, line }) => {
    await writeFile(join(tempDir(), 'out.json'), PREVIOUS_OUTPUT);

    const run = await runPreprocessCli([BEIHAI, '--out', 'out.json', ...argv], { cwd: tempDir() });

    expect(run).toEqual({ code: 1, stdout: '', stderr: line });
    expect(await readFile(join(tempDir(), 'out.json'), 'utf8')).toBe(PREVIOUS_OUTPUT);
    expect((await readdir(tempDir())).sort()).toEqual([BEIHAI, 'out.json']);
  });

  it.each([
    { argv: [BEIHAI, '--out', 'out.json', '--review-year'], problem: '--review-year needs a year' },
    { argv: [BEIHAI, '--out', 'o.json', '--plan-year='], problem: '--plan-year needs a year' },
    {
      argv: [BEIHAI, '--out', 'o.json', '--plan-year', '2024', '--plan-year', '2025'],
      problem: '--plan-year is given twice',
    },
    { argv: ['--review-year', '2025'], problem: '--review-year needs an INPUT.txt before it' },
  ])('refuses $argv with the usage', async ({ argv, problem }) => {
    const run = await runPreprocessCli(argv, { cwd: tempDir() });

    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      `preprocess: ${problem} (usage: npm run preprocess -- [INPUT.txt --out OUTPUT.json [--review-year YYYY] [--plan-year YYYY]])\n`,
    );
    expect(await readdir(tempDir())).toEqual([BEIHAI]);
  });

  it('documents the flags in --help', async () => {
    const run = await runPreprocessCli(['--help'], { cwd: tempDir() });

    expect(run.code).toBe(0);
    expect(run.stdout).toContain('--review-year YYYY');
    expect(run.stdout).toContain('--plan-year YYYY');
    expect(run.stdout).toContain('plan = review + 1');
  });

  it('prints no stack trace from the real command', () => {
    const result = spawnSync(
      process.execPath,
      [
        ...PREPROCESS_NODE_ARGS,
        join(tempDir(), BEIHAI),
        '--out',
        join(tempDir(), 'out.json'),
        '--review-year',
        '20x5',
      ],
      { cwd: REPO_ROOT, encoding: 'utf8', timeout: 60_000 },
    );

    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      'preprocess: --review-year 20x5: not a year (a whole number from 1949 to 2100)\n',
    );
    expect(result.stdout).toBe('');
  });
});
