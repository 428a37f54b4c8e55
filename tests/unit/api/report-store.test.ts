import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Dataset } from '../../../src/dataset/dataset-schema.ts';
import {
  deleteStoredDataset,
  listStoredReports,
  loadStoredDataset,
  saveStoredDataset,
} from '../../../src/api/report-store.ts';

import { makeCompareDataset } from '../../fixtures/make-compare-dataset.ts';

const base = makeCompareDataset('upload-base', '云溪市', { review: 2025, plan: 2026 }, [
  { zh: '地区生产总值', kind: 'actual', year: 2025, value: 6.3 },
  { zh: '地区生产总值', kind: 'target', year: 2026, value: 6, comparator: 'approx' },
]);

function uploaded(id: string, title: string): Dataset {
  return { ...base, report: { ...base.report, id, title } };
}

beforeEach(async () => {
  for (const { id } of await listStoredReports()) await deleteStoredDataset(id);
});

describe('report store', () => {
  it('keeps a saved report and lists it like a bundled index entry', async () => {
    await saveStoredDataset(uploaded('upload-0badcafe', '云溪市2026年政府工作报告'), 2);
    expect(await listStoredReports()).toEqual([
      expect.objectContaining({
        id: 'upload-0badcafe',
        title: '云溪市2026年政府工作报告',
        indicators: base.indicators.length,
        savedAt: 2,
      }),
    ]);
    const loaded = await loadStoredDataset('upload-0badcafe');
    expect(loaded?.text).toBe(base.text);
  });

  it('lists reports oldest first and replaces a report uploaded again', async () => {
    await saveStoredDataset(uploaded('upload-bbbbbbbb', 'B'), 5);
    await saveStoredDataset(uploaded('upload-aaaaaaaa', 'A'), 7);
    await saveStoredDataset(uploaded('upload-bbbbbbbb', 'B again'), 9);
    const titles = (await listStoredReports()).map((report) => report.title);
    expect(titles).toEqual(['A', 'B again']);
  });

  it('forgets a deleted report', async () => {
    await saveStoredDataset(uploaded('upload-cccccccc', 'C'), 1);
    await deleteStoredDataset('upload-cccccccc');
    expect(await listStoredReports()).toEqual([]);
    expect(await loadStoredDataset('upload-cccccccc')).toBeNull();
  });
});
