import {
  deleteStoredDataset,
  listStoredReports,
  saveStoredDataset,
} from '../../../src/api/report-store.ts';
import { makeCompareDataset } from '../../fixtures/make-compare-dataset.ts';

/** An uploaded report as the browser stores it: 云溪市, 2025 results, 2026 goals. */
export const storedYunxi = makeCompareDataset(
  'upload-1234abcd',
  '云溪市',
  { review: 2025, plan: 2026 },
  [{ zh: '地区生产总值', kind: 'actual', year: 2025, value: 6.3 }],
);

/** The browser's stored reports: that one only. */
export async function storeOnlyYunxi(): Promise<void> {
  for (const { id } of await listStoredReports()) await deleteStoredDataset(id);
  await saveStoredDataset(storedYunxi, 1);
}
