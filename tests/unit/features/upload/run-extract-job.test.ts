import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ExtractStage } from '../../../../src/features/upload/extract-protocol.ts';
import {
  UPLOAD_MAX_BYTES,
  isUploadedReportId,
} from '../../../../src/features/upload/extract-protocol.ts';
import { extractReport } from '../../../../src/extract/extract-report.ts';
import { runExtractJob, runRereadJob } from '../../../../src/features/upload/run-extract-job.ts';

const fixture = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(new URL(`../../../fixtures/${name}`, import.meta.url)));

async function run(bytes: Uint8Array, fileName = 'report.txt') {
  const stages: ExtractStage[] = [];
  const outcome = await runExtractJob(bytes, fileName, (stage) => stages.push(stage));
  return { outcome, stages };
}

describe('runExtractJob', () => {
  it('refuses an empty file', async () => {
    const { outcome } = await run(new Uint8Array());
    expect(outcome).toMatchObject({ ok: false, failure: { code: 'empty' } });
  });

  it('refuses an image and names it', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    const { outcome } = await run(png, 'photo.txt');
    expect(outcome).toMatchObject({ ok: false, failure: { code: 'binary' } });
    expect(!outcome.ok && outcome.failure.detail).toMatch(/PNG image/);
  });

  it('refuses a file over the upload limit', async () => {
    const { outcome } = await run(new Uint8Array(UPLOAD_MAX_BYTES + 1).fill(0x41));
    expect(outcome).toMatchObject({ ok: false, failure: { code: 'too-large' } });
  });

  it('refuses a text in which no indicator is found, after reading it', async () => {
    const { outcome, stages } = await run(fixture('upload-no-indicators.txt'));
    expect(outcome).toMatchObject({ ok: false, failure: { code: 'no-indicators' } });
    expect(stages).toEqual(['decoding', 'extracting', 'validating']);
  });

  it.skipIf(!hasExtractor())(
    'reads a GBK report into a validated dataset with an upload id',
    async () => {
      const { outcome } = await run(fixture('upload-yunxi-2026.gbk.txt'), 'yunxi.txt');
      if (!outcome.ok) throw new Error(outcome.failure.detail);
      const { report, indicators, text } = outcome.dataset;
      expect(isUploadedReportId(report.id)).toBe(true);
      // The id is the hash of the decoded text (one report in any encoding); the source keeps
      // the hash of the bytes read.
      const textHash = createHash('sha256').update(text, 'utf8').digest('hex');
      expect(report.id).toBe(`upload-${textHash.slice(0, 8)}`);
      expect(report.source.sha256).toBe(
        createHash('sha256').update(fixture('upload-yunxi-2026.gbk.txt')).digest('hex'),
      );
      expect(report.source.file).toBe('yunxi.txt');
      expect(text).toContain('云溪市');
      expect(indicators.length).toBeGreaterThan(5);
    },
  );
});

describe('runRereadJob', () => {
  const source = { id: 'upload-0a1b2c3d', file: 'report.txt', sha256: 'a'.repeat(64) };

  it.skipIf(!hasExtractor())(
    'reads the text again with the years given, keeping the id and source',
    async () => {
      const stages: ExtractStage[] = [];
      const text = '各位代表：\n一、过去一年工作回顾\n全市地区生产总值增长5.8%。\n';
      const outcome = await runRereadJob(
        text,
        source,
        { reviewYear: 2025, planYear: 2026 },
        (stage) => stages.push(stage),
      );
      if (!outcome.ok) throw new Error(outcome.failure.detail);
      expect(outcome.dataset.report).toMatchObject({
        id: source.id,
        source: { file: 'report.txt', sha256: source.sha256 },
        reviewYear: 2025,
        planYear: 2026,
        yearsFrom: 'user',
      });
      expect(outcome.dataset.text).toBe(text);
      expect(stages).toEqual(['extracting', 'validating']);
    },
  );

  it('refuses a text in which no indicator is found', async () => {
    const outcome = await runRereadJob(
      '各位代表：没有数字。',
      source,
      { reviewYear: 2025, planYear: 2026 },
      () => {},
    );
    expect(outcome).toMatchObject({ ok: false, failure: { code: 'no-indicators' } });
  });
});

/** The extractor lands separately; until then (a stub) it finds nothing in any text. */
function hasExtractor(): boolean {
  const probe = extractReport('地区生产总值增长5%。', { id: 'probe', file: 'p', sha256: '0' });
  return probe.indicators.length > 0;
}
