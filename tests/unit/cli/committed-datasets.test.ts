import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  buildDatasetIndex,
  preprocessReportFile,
  serializeJson,
} from '../../../src/cli/preprocess-report.ts';
import { researchFiles } from '../../../src/cli/research-files.ts';
import { libraryInputs, REPO_ROOT } from './run-preprocess-cli.ts';

const STALE =
  'is stale: the extractor or a seed changed. Run `npm run preprocess` and commit public/data/';

/** Points at the first differing line so the failure reads as a data diff, not a 50 KB blob. */
function firstDifference(actual: string, committed: string): string {
  const actualLines = actual.split('\n');
  const committedLines = committed.split('\n');
  const line = actualLines.findIndex((text, index) => text !== committedLines[index]);
  const at = line === -1 ? actualLines.length : line;
  return `line ${at + 1}: committed ${JSON.stringify(committedLines[at] ?? '<end>')}, now ${JSON.stringify(actualLines[at] ?? '<end>')}`;
}

async function committedFile(name: string): Promise<string> {
  return readFile(join(REPO_ROOT, 'public', 'data', name), 'utf8').catch(() => '');
}

describe('the datasets committed under public/data/ match what the extractor makes now', async () => {
  const inputs = await libraryInputs();
  const reports = await Promise.all(
    inputs.map((input) => preprocessReportFile(join(REPO_ROOT, input))),
  );

  const byId = new Map(reports.map((report) => [report.dataset.report.id, report]));

  it.each([...byId.keys()])('public/data/%s.json', async (id) => {
    const json = byId.get(id)?.json ?? '';
    const committed = await committedFile(`${id}.json`);
    expect(
      json === committed,
      `public/data/${id}.json ${STALE} (${firstDifference(json, committed)})`,
    ).toBe(true);
  });

  it.each([...byId.keys()])('public/data/indicators/%s.json (the slim copy)', async (id) => {
    const json = byId.get(id)?.slimJson ?? '';
    const committed = await committedFile(`indicators/${id}.json`);
    expect(
      json === committed,
      `public/data/indicators/${id}.json ${STALE} (${firstDifference(json, committed)})`,
    ).toBe(true);
  });

  it('public/data/index.json', async () => {
    const index = serializeJson(buildDatasetIndex(reports.map((report) => report.dataset)));
    const committed = await committedFile('index.json');
    expect(
      index === committed,
      `public/data/index.json ${STALE} (${firstDifference(index, committed)})`,
    ).toBe(true);
  });

  it.each(['attainment.json', 'attainment.csv', 'corpus.csv'])('public/data/%s', async (name) => {
    const file = researchFiles(reports.map((report) => report.dataset)).find(
      (generated) => generated.name === name,
    );
    const committed = await committedFile(name);
    expect(
      file?.content === committed,
      `public/data/${name} ${STALE} (${firstDifference(file?.content ?? '', committed)})`,
    ).toBe(true);
  });
});
