import 'fake-indexeddb/auto';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { useStoredReportSync } from '../../../../src/app/use-stored-report-sync.ts';
import { StoredReportList } from '../../../../src/features/upload/stored-report-list.tsx';
import {
  deleteStoredDataset,
  listStoredReports,
  saveStoredDataset,
} from '../../../../src/api/report-store.ts';
import { makeCompareDataset } from '../../../fixtures/make-compare-dataset.ts';
import { storedYunxi as yunxi, storeOnlyYunxi } from '../../support/stored-yunxi.ts';
import { renderWithQueries } from '../../support/render-with-queries.tsx';

beforeEach(storeOnlyYunxi);

/** The list with the app's cross-tab sync, as the page mounts it. */
function ListInATab({ openId, onOpen, onDeleted }: Parameters<typeof StoredReportList>[0]) {
  useStoredReportSync();
  return <StoredReportList openId={openId} onOpen={onOpen} onDeleted={onDeleted} />;
}

function renderList(openId: string | null = null) {
  const onOpen = vi.fn();
  const onDeleted = vi.fn();
  renderWithQueries(<ListInATab openId={openId} onOpen={onOpen} onDeleted={onDeleted} />);
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

  it('shows each report’s file name, when it was uploaded and which one is open', async () => {
    renderList('upload-1234abcd');
    const open = await screen.findByRole('button', { name: /打开.*云溪市/ });
    const row = open.closest('li');
    expect(row).toHaveAttribute('aria-current', 'true');
    expect(row).toHaveTextContent(
      `${yunxi.report.source.file} · ${new Intl.DateTimeFormat('zh-CN', { dateStyle: 'medium', timeStyle: 'short' }).format(1)} 上传 · 当前打开`,
    );
  });

  it('follows another tab: an upload or delete there shows here without a reload', async () => {
    renderList();
    await screen.findByRole('button', { name: /打开.*云溪市/ });
    // What another tab does: write the store, which announces the change.
    const other = makeCompareDataset('upload-5678abcd', '石湾县', { review: 2025, plan: 2026 }, [
      { zh: '地区生产总值', kind: 'actual', year: 2025, value: 5.4 },
    ]);
    await saveStoredDataset(other, 2);
    expect(await screen.findByRole('button', { name: /打开.*石湾县/ })).toBeInTheDocument();
    await deleteStoredDataset('upload-1234abcd');
    await waitFor(() =>
      expect(screen.queryByRole('button', { name: /打开.*云溪市/ })).not.toBeInTheDocument(),
    );
  });
});
