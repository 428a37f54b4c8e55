import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { makeTempDir, removeTempDir, runPreprocessCli } from './run-preprocess-cli.ts';

// The extractor is replaced so that its failures can be staged: a bug there must still reach
// the user as one line and exit code 2, and must not touch an earlier OUTPUT.
const extractReport = vi.hoisted(() => vi.fn());
vi.mock('../../../src/extract/extract-report.ts', () => ({ extractReport }));

const PREVIOUS_OUTPUT = '{"previous":"dataset"}\n';
let dir: string;

beforeEach(async () => {
  dir = await makeTempDir();
  await writeFile(join(dir, 'report.txt'), '各位代表：\n全市地区生产总值增长5.8%。\n');
  await writeFile(join(dir, 'out.json'), PREVIOUS_OUTPUT);
});

afterEach(async () => {
  await removeTempDir(dir);
  extractReport.mockReset();
});

it('reports an extractor crash as one line with exit code 2', async () => {
  extractReport.mockImplementation(() => {
    throw new TypeError("Cannot read properties of undefined (reading 'zh')\n    at parse");
  });

  const run = await runPreprocessCli(['report.txt', '--out', 'out.json'], { cwd: dir });

  expect(run.code).toBe(2);
  expect(run.stderr).toBe(
    "preprocess: report.txt: unexpected error: Cannot read properties of undefined (reading 'zh') at parse\n",
  );
  expect(await readFile(join(dir, 'out.json'), 'utf8')).toBe(PREVIOUS_OUTPUT);
});

it('refuses to write a dataset that breaks the schema, naming the broken field', async () => {
  extractReport.mockReturnValue({ schemaVersion: 1, report: {}, text: '' });

  const run = await runPreprocessCli(['report.txt', '--out', 'out.json'], { cwd: dir });

  expect(run.code).toBe(2);
  expect(run.stderr).toMatch(
    /^preprocess: report\.txt: unexpected error: the extractor produced an invalid dataset \(report\.id: .+\)\n$/,
  );
  expect(await readFile(join(dir, 'out.json'), 'utf8')).toBe(PREVIOUS_OUTPUT);
});
