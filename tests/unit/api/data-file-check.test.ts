import { describe, expect, it } from 'vitest';
import { checkDataFile } from '../../../src/api/data-file-check.ts';
import fixture from '../../fixtures/dashboard-fixture.json';
import fixtureIndex from '../../fixtures/dashboard-fixture-index.json';

const bytes = (value: unknown): ArrayBuffer =>
  new TextEncoder().encode(typeof value === 'string' ? value : JSON.stringify(value))
    .buffer as ArrayBuffer;

describe('checkDataFile, what the worker answers for each data file', () => {
  it('gives the data of a valid index and dataset, with the schema defaults filled in', () => {
    const index = checkDataFile('index', 'index.json', bytes(fixtureIndex));
    expect(index.ok && (index.data as { reports: unknown[] }).reports).toHaveLength(
      fixtureIndex.reports.length,
    );
    const dataset = checkDataFile('dataset', 'fixture-2024.json', bytes(fixture));
    expect(dataset).toMatchObject({ ok: true, data: { report: { id: 'fixture-2024' } } });
  });

  it('names the file when it is not JSON (a proxy’s error page, a cut-off download)', () => {
    expect(checkDataFile('index', 'index.json', bytes('<html>502</html>'))).toEqual({
      ok: false,
      message: 'data/index.json: not valid JSON',
    });
  });

  it('names the file and the path of the first schema problem', () => {
    const broken = structuredClone(fixture) as { indicators: { value: unknown }[] };
    broken.indicators[2]!.value = 'seven';
    expect(checkDataFile('slim', 'indicators/fixture-2024.json', bytes(broken))).toMatchObject({
      ok: false,
      message: expect.stringMatching(
        /^data\/indicators\/fixture-2024\.json is invalid: indicators\.2\.value: /,
      ) as string,
    });
  });

  it('refuses a dataset where an index is expected, naming the root when nothing else fits', () => {
    const result = checkDataFile('index', 'index.json', bytes([]));
    expect(result).toMatchObject({ ok: false });
    expect(!result.ok && result.message).toMatch(/^data\/index\.json is invalid: index: /);
  });
});
