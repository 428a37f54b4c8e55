import { copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { attainmentFileSchema } from '../../../src/dataset/attainment-schema.ts';
import { datasetIndexSchema } from '../../../src/dataset/dataset-schema.ts';
import { judge } from '../../../src/ledger/attainment.ts';
import {
  makeTempDir,
  removeTempDir,
  REPO_ROOT,
  runPreprocessCli,
  SEEDS_DIR,
} from './run-preprocess-cli.ts';

let dir: string;

beforeEach(async () => {
  dir = await makeTempDir();
  await mkdir(join(dir, 'seeds', 'corpus'), { recursive: true });
  await copyFile(join(SEEDS_DIR, 'beihai-2024.txt'), join(dir, 'seeds', 'beihai-2024.txt'));
  for (const name of ['zhongguo-2022.txt', 'zhongguo-2023.txt']) {
    await copyFile(join(REPO_ROOT, 'seeds', 'corpus', name), join(dir, 'seeds', 'corpus', name));
  }
});

afterEach(async () => {
  await removeTempDir(dir);
});

const dataFile = (name: string) => readFile(join(dir, 'public', 'data', name), 'utf8');

describe('npm run preprocess bundles seeds/ and seeds/corpus/ as one library', () => {
  it('lists every report with its place, level and years', async () => {
    const run = await runPreprocessCli([], { cwd: dir, rootDir: dir });

    expect(run).toMatchObject({ code: 0, stderr: '' });
    const index = datasetIndexSchema.parse(JSON.parse(await dataFile('index.json')));
    expect(
      index.reports.map(({ id, region, level, reviewYear, planYear }) => ({
        id,
        place: region?.zh,
        level,
        reviewYear,
        planYear,
      })),
    ).toEqual([
      { id: 'beihai-2024', place: '北海市', level: 'city', reviewYear: 2023, planYear: 2024 },
      { id: 'zhongguo-2022', place: '全国', level: 'national', reviewYear: 2021, planYear: 2022 },
      { id: 'zhongguo-2023', place: '全国', level: 'national', reviewYear: 2022, planYear: 2023 },
    ]);
  });

  it('writes the ledger and the two CSVs from the same reports', async () => {
    expect((await runPreprocessCli([], { cwd: dir, rootDir: dir })).code).toBe(0);

    const ledger = attainmentFileSchema.parse(JSON.parse(await dataFile('attainment.json')));
    const gdp2022 = ledger.rows.find(
      (row) =>
        row.place.zh === '全国' &&
        row.subject.key === 'gdp' &&
        row.measure === 'growth' &&
        row.targetYear === 2022,
    );
    expect(gdp2022 && [gdp2022.target?.written, gdp2022.actual?.written]).toEqual([
      '5.5%左右',
      '3%',
    ]);
    expect(gdp2022 && judge(gdp2022)).toMatchObject({ verdict: 'missed', gap: -2.5 });
    expect(await dataFile('attainment.csv')).toMatch(/^\uFEFFplace_zh,/u);
    expect(await dataFile('corpus.csv')).toMatch(/^\uFEFFreport_id,/u);
  });

  it('names a bad corpus report and leaves public/data/ as it was', async () => {
    expect((await runPreprocessCli([], { cwd: dir, rootDir: dir })).code).toBe(0);
    const before = (await readdir(join(dir, 'public', 'data'))).sort();
    const ledger = await dataFile('attainment.json');
    await writeFile(join(dir, 'seeds', 'corpus', 'broken-2025.txt'), '');

    const run = await runPreprocessCli([], { cwd: dir, rootDir: dir });

    expect(run.code).toBe(1);
    expect(run.stderr).toBe('preprocess: seeds/corpus/broken-2025.txt: file is empty\n');
    expect((await readdir(join(dir, 'public', 'data'))).sort()).toEqual(before);
    expect(await dataFile('attainment.json')).toBe(ledger);
  });
});
