import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Dataset } from '../../../src/dataset/dataset-schema.ts';
import {
  datasetIndexSchema,
  datasetSchema,
  slimDataset,
  slimDatasetSchema,
} from '../../../src/dataset/dataset-schema.ts';
import {
  makeTempDir,
  removeTempDir,
  PREPROCESS_NODE_ARGS,
  REPO_ROOT,
  runPreprocessCli,
  SEEDS_DIR,
  seedNames,
} from './run-preprocess-cli.ts';

const PREVIOUS_OUTPUT = '{"previous":"dataset"}\n';
const BEIHAI = 'beihai-2024.txt';

let dir: string;

beforeEach(async () => {
  dir = await makeTempDir();
});

afterEach(async () => {
  await removeTempDir(dir);
});

async function readDataset(path: string): Promise<Dataset> {
  return datasetSchema.parse(JSON.parse(await readFile(path, 'utf8')));
}

/** Everything a reader sees of the extraction; only the file's name and hash may differ. */
function extraction(dataset: Dataset): Dataset {
  const { report } = dataset;
  return {
    ...dataset,
    report: { ...report, id: '', source: { ...report.source, file: '', sha256: '' } },
  };
}

/** Each indicator as a reader checks it against the text: the number as written and its meaning. */
function numbersAsWritten(dataset: Dataset): { written: string; value: number; measure: string }[] {
  return dataset.indicators.map((indicator) => ({
    written: dataset.text.slice(indicator.source.start, indicator.source.end),
    value: indicator.value,
    measure: indicator.measure,
  }));
}

/** Every file under `path` (the slim copies sit in indicators/), by relative name. */
async function filesIn(path: string): Promise<Record<string, string>> {
  const contents: Record<string, string> = {};
  for (const entry of await readdir(path, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = join(entry.parentPath, entry.name);
    contents[file.slice(path.length + 1)] = await readFile(file, 'utf8');
  }
  return Object.fromEntries(Object.entries(contents).sort(([a], [b]) => (a < b ? -1 : 1)));
}

describe('npm run preprocess with no arguments rebuilds seeds/ into public/data/', () => {
  beforeEach(async () => {
    await mkdir(join(dir, 'seeds'));
    for (const name of await seedNames()) {
      await copyFile(join(SEEDS_DIR, name), join(dir, 'seeds', name));
    }
  });

  it('writes one schema-valid dataset per seed and an index listing them', async () => {
    const run = await runPreprocessCli([], { cwd: dir, rootDir: dir });

    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const dataDir = join(dir, 'public', 'data');
    expect((await readdir(dataDir)).sort()).toEqual([
      'attainment.csv',
      'attainment.json',
      'beihai-2024.json',
      'china-2024.json',
      'corpus.csv',
      'index.json',
      'indicators',
      'shanghai-2024.json',
    ]);
    for (const name of await seedNames()) {
      const id = name.replace(/\.txt$/, '');
      const dataset = await readDataset(join(dataDir, `${id}.json`));
      // Beside it, the same dataset less its text, for the dashboard's first load.
      const slim = JSON.parse(await readFile(join(dataDir, 'indicators', `${id}.json`), 'utf8'));
      expect(slimDatasetSchema.parse(slim)).toEqual(slimDataset(dataset));
      expect(dataset.report.id).toBe(id);
      expect(dataset.report.source.file).toBe(name);
      expect(dataset.text).toBe(await readFile(join(SEEDS_DIR, name), 'utf8'));
      expect(run.stdout).toContain(`${id}: ${dataset.indicators.length} indicators`);
    }
    const index = datasetIndexSchema.parse(
      JSON.parse(await readFile(join(dataDir, 'index.json'), 'utf8')),
    );
    expect(index.reports.map((report) => report.file)).toEqual([
      'beihai-2024.json',
      'china-2024.json',
      'shanghai-2024.json',
    ]);
  });

  it('writes identical bytes on a second run', async () => {
    expect((await runPreprocessCli([], { cwd: dir, rootDir: dir })).code).toBe(0);
    const first = await filesIn(join(dir, 'public', 'data'));
    expect((await runPreprocessCli([], { cwd: dir, rootDir: dir })).code).toBe(0);
    expect(await filesIn(join(dir, 'public', 'data'))).toEqual(first);
  });

  it('leaves public/data/ untouched when one seed is bad', async () => {
    expect((await runPreprocessCli([], { cwd: dir, rootDir: dir })).code).toBe(0);
    const before = await filesIn(join(dir, 'public', 'data'));
    await writeFile(join(dir, 'seeds', 'broken-2024.txt'), '');

    const run = await runPreprocessCli([], { cwd: dir, rootDir: dir });

    expect(run.code).toBe(1);
    expect(run.stderr).toBe('preprocess: seeds/broken-2024.txt: file is empty\n');
    expect(await filesIn(join(dir, 'public', 'data'))).toEqual(before);
  });
});

describe('npm run preprocess -- INPUT.txt --out OUTPUT.json', () => {
  it.each(['beihai-2024.txt', 'china-2024.txt', 'shanghai-2024.txt'])(
    'turns %s into a schema-valid dataset, byte-identical on a second run',
    async (name) => {
      await copyFile(join(SEEDS_DIR, name), join(dir, name));

      const first = await runPreprocessCli([name, '--out', 'out/first.json'], { cwd: dir });
      const second = await runPreprocessCli([name, '--out=out/second.json'], { cwd: dir });

      expect(first).toMatchObject({ code: 0, stderr: '' });
      expect(second.code).toBe(0);
      expect(first.stdout).toMatch(/ -> out\/first\.json\n$/);
      const bytes = await readFile(join(dir, 'out', 'first.json'), 'utf8');
      expect(await readFile(join(dir, 'out', 'second.json'), 'utf8')).toBe(bytes);
      const dataset = await readDataset(join(dir, 'out', 'first.json'));
      expect(dataset.report.source.chars).toBe(dataset.text.length);
      for (const indicator of dataset.indicators) {
        expect(indicator.source.end).toBeLessThanOrEqual(dataset.text.length);
      }
    },
  );
});

describe('every encoding and layout a report arrives in gives the same extraction', () => {
  let reference: Dataset;
  let seedText: string;

  beforeEach(async () => {
    seedText = await readFile(join(SEEDS_DIR, BEIHAI), 'utf8');
    await copyFile(join(SEEDS_DIR, BEIHAI), join(dir, BEIHAI));
    expect((await runPreprocessCli([BEIHAI, '--out', 'reference.json'], { cwd: dir })).code).toBe(
      0,
    );
    reference = await readDataset(join(dir, 'reference.json'));
  });

  async function preprocessBytes(name: string, bytes: Uint8Array): Promise<Dataset> {
    await writeFile(join(dir, name), bytes);
    const run = await runPreprocessCli([name, '--out', 'out.json'], { cwd: dir });
    expect(run).toMatchObject({ code: 0, stderr: '' });
    return readDataset(join(dir, 'out.json'));
  }

  const utf16le = (text: string): Buffer =>
    Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);

  it('reads UTF-8 with a BOM, dropping only the BOM', async () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(seedText)]);
    const dataset = await preprocessBytes('bom.txt', bytes);
    expect(dataset.text).toBe(seedText);
    expect(extraction(dataset)).toEqual(extraction(reference));
  });

  it('reads UTF-16LE with a BOM', async () => {
    const dataset = await preprocessBytes('le.txt', utf16le(seedText));
    expect(extraction(dataset)).toEqual(extraction(reference));
  });

  it('reads UTF-16BE with a BOM', async () => {
    const dataset = await preprocessBytes('be.txt', utf16le(seedText).swap16());
    expect(extraction(dataset)).toEqual(extraction(reference));
  });

  it('reads GB18030, detected from the bytes (fixture made with iconv -t GB18030)', async () => {
    const gb18030 = await readFile(
      join(REPO_ROOT, 'tests', 'fixtures', 'encodings', 'beihai-2024.gb18030.txt'),
    );
    const dataset = await preprocessBytes('gbk.txt', gb18030);
    expect(extraction(dataset)).toEqual(extraction(reference));
    expect(dataset.report.source.sha256).not.toBe(reference.report.source.sha256);
  });

  it('reads CRLF line ends, keeping offsets on the text as read', async () => {
    const crlf = seedText.replace(/\n/g, '\r\n');
    const dataset = await preprocessBytes('crlf.txt', Buffer.from(crlf));
    expect(dataset.text).toBe(crlf);
    expect(numbersAsWritten(dataset)).toEqual(numbersAsWritten(reference));
    expect(dataset.indicators.map((indicator) => indicator.subject)).toEqual(
      reference.indicators.map((indicator) => indicator.subject),
    );
  });

  it('reads a report that arrives as one long line, paragraphs joined by spaces', async () => {
    const oneLine = seedText
      .split(/\n+/)
      .filter((paragraph) => paragraph.trim() !== '')
      .join(' ');
    const dataset = await preprocessBytes('one-line.txt', Buffer.from(oneLine));
    expect(dataset.text).toBe(oneLine);
    expect(numbersAsWritten(dataset)).toEqual(numbersAsWritten(reference));
  });
});

describe('a bad input gets one line naming it and the problem, and OUTPUT stays as it was', () => {
  interface BadInput {
    name: string;
    /** Creates the input in the temp dir and returns the argument to pass. */
    make: () => Promise<string>;
    stderr: (input: string) => string;
  }

  const badInputs: BadInput[] = [
    {
      name: 'an empty file',
      make: async () => {
        await writeFile(join(dir, 'empty.txt'), '');
        return 'empty.txt';
      },
      stderr: (input) => `preprocess: ${input}: file is empty\n`,
    },
    {
      name: 'a file of whitespace',
      make: async () => {
        await writeFile(join(dir, 'blank.txt'), '\n\u3000 \r\n');
        return 'blank.txt';
      },
      stderr: (input) => `preprocess: ${input}: file is empty (it holds only whitespace)\n`,
    },
    {
      name: 'a binary file (PNG header and random bytes)',
      make: async () => {
        const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
        await writeFile(join(dir, 'report.txt'), Buffer.concat([png, randomBytes(4096)]));
        return 'report.txt';
      },
      stderr: (input) => `preprocess: ${input}: file is binary (a PNG image), not a text report\n`,
    },
    {
      name: 'random binary bytes',
      make: async () => {
        await writeFile(join(dir, 'noise.txt'), Buffer.concat([randomBytes(4096), Buffer.of(0)]));
        return 'noise.txt';
      },
      stderr: (input) =>
        `preprocess: ${input}: file is binary (it contains NUL bytes), not a text report\n`,
    },
    {
      name: 'a missing path',
      make: async () => 'no/such/report.txt',
      stderr: (input) => `preprocess: ${input}: no such file\n`,
    },
    {
      name: 'a directory',
      make: async () => {
        await mkdir(join(dir, 'seeds'));
        return 'seeds';
      },
      stderr: (input) => `preprocess: ${input}: is a directory, not a file\n`,
    },
    {
      name: 'a 50 MB file',
      make: async () => {
        const seed = await readFile(join(SEEDS_DIR, BEIHAI));
        const copies = Math.ceil((50 * 1024 * 1024) / seed.length);
        const big = Buffer.concat(Array.from({ length: copies }, () => seed)).subarray(
          0,
          50 * 1024 * 1024,
        );
        await writeFile(join(dir, 'huge.txt'), big);
        return 'huge.txt';
      },
      stderr: (input) => `preprocess: ${input}: file is too large (50 MB; the limit is 20 MB)\n`,
    },
  ];

  it.each(badInputs)('$name', async ({ make, stderr }) => {
    const input = await make();
    await writeFile(join(dir, 'out.json'), PREVIOUS_OUTPUT);

    const run = await runPreprocessCli([input, '--out', 'out.json'], { cwd: dir });

    expect(run.code).toBe(1);
    expect(run.stderr).toBe(stderr(input));
    expect(run.stdout).toBe('');
    expect(await readFile(join(dir, 'out.json'), 'utf8')).toBe(PREVIOUS_OUTPUT);
    expect((await readdir(dir)).filter((name) => name.startsWith('.tmp-'))).toEqual([]);
  });

  it('refuses an OUTPUT that is a directory, naming it', async () => {
    await copyFile(join(SEEDS_DIR, BEIHAI), join(dir, BEIHAI));
    await mkdir(join(dir, 'out'));

    const run = await runPreprocessCli([BEIHAI, '--out', 'out'], { cwd: dir });

    expect(run.code).toBe(1);
    expect(run.stderr).toBe('preprocess: out: is a directory, not a file\n');
    expect(await readdir(dir)).toEqual([BEIHAI, 'out'].sort());
  });

  it.each([
    { argv: ['--bogus'], problem: 'unknown option --bogus' },
    { argv: ['a.txt'], problem: 'missing --out OUTPUT.json for a.txt' },
    { argv: ['a.txt', 'b.txt', '--out', 'x.json'], problem: 'expected one input, got 2' },
    { argv: ['a.txt', '--out'], problem: '--out needs a file name' },
    { argv: ['--out', 'x.json'], problem: '--out needs an INPUT.txt before it' },
  ])('refuses bad arguments $argv with one usage line', async ({ argv, problem }) => {
    const run = await runPreprocessCli(argv, { cwd: dir });

    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      `preprocess: ${problem} (usage: npm run preprocess -- [INPUT.txt --out OUTPUT.json [--review-year YYYY] [--plan-year YYYY]])\n`,
    );
    expect(await readdir(dir)).toEqual([]);
  });
});

describe('the real command', () => {
  it('exits non-zero with one line and no stack trace for a bad input', async () => {
    await writeFile(join(dir, 'empty.txt'), '');
    await writeFile(join(dir, 'out.json'), PREVIOUS_OUTPUT);

    const result = spawnSync(
      process.execPath,
      [...PREPROCESS_NODE_ARGS, join(dir, 'empty.txt'), '--out', join(dir, 'out.json')],
      { cwd: REPO_ROOT, encoding: 'utf8', timeout: 60_000 },
    );

    expect(result.status).toBe(1);
    expect(result.stderr).toBe(`preprocess: ${join(dir, 'empty.txt')}: file is empty\n`);
    expect(await readFile(join(dir, 'out.json'), 'utf8')).toBe(PREVIOUS_OUTPUT);
  });
});
