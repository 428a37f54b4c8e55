import 'fake-indexeddb/auto';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { StoredReportList } from '../../../../src/features/upload/stored-report-list.tsx';
import {
  deleteStoredDataset,
  listStoredReports,
  saveStoredDataset,
} from '../../../../src/lib/report-store.ts';
import { makeCompareDataset } from '../../../fixtures/make-compare-dataset.ts';
import { renderWithQueries } from '../../support/render-with-queries.tsx';

const yunxi = makeCompareDataset('upload-1234abcd', '云溪市', { review: 2025, plan: 2026 }, [
  { zh: '地区生产总值', kind: 'actual', year: 2025, value: 6.3 },
]);

beforeEach(async () => {
  for (const { id } of await listStoredReports()) await deleteStoredDataset(id);
  await saveStoredDataset(yunxi, 1);
});

function renderList() {
  const onOpen = vi.fn();
  const onDeleted = vi.fn();
  renderWithQueries(<StoredReportList onOpen={onOpen} onDeleted={onDeleted} />);
  return { onOpen, onDeleted, user: userEvent.setup() };
}

describe('StoredReportList', () => {
  it('lists a stored report and opens it', async () => {
    const { onOpen, user } = renderList();
    await user.click(await screen.findByRole('button', { name: /打开.*云溪市2026年政府工作报告/ }));
    expect(onOpen).toHaveBeenCalledWith('upload-1234abcd');
  });

  it('deletes only after confirmation', async () => {
    const { onDeleted, user } = renderList();
    await user.click(await screen.findByRole('button', { name: /删除.*云溪市/ }));
    expect(screen.getByText(/确定删除“云溪市2026年政府工作报告”/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '取消' }));
    expect(await listStoredReports()).toHaveLength(1);

    await user.click(screen.getByRole('button', { name: /删除.*云溪市/ }));
    await user.click(screen.getByRole('button', { name: '确认删除' }));
    await waitFor(() => expect(onDeleted).toHaveBeenCalledWith('upload-1234abcd'));
    expect(await listStoredReports()).toEqual([]);
    expect(await screen.findByText('尚未上传任何报告。')).toBeInTheDocument();
  });
});
