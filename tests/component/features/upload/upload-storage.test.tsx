import 'fake-indexeddb/auto';
import { renderHook, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClientProvider, useQuery } from '@tanstack/react-query';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { reportDatasetQueryOptions, useReportList } from '../../../../src/api/report-list.ts';
import type { ExtractFunction } from '../../../../src/features/upload/extract-in-worker.ts';
import { runExtractJob } from '../../../../src/features/upload/run-extract-job.ts';
import { UploadPanel } from '../../../../src/features/upload/upload-panel.tsx';
import { deleteStoredDataset, listStoredReports } from '../../../../src/api/report-store.ts';
import { clearSessionReports } from '../../../../src/api/session-reports.ts';
import { renderWithQueries, testQueryClient } from '../../support/render-with-queries.tsx';

/**
 * Storage that refuses (blocked, full, another version) is named with its cause and what to do,
 * and the report that was read is still opened for the visit, marked as not kept.
 */

const extractHere: ExtractFunction = (bytes, name, onStage) =>
  runExtractJob(new Uint8Array(bytes), name, onStage);
const gbk = readFileSync(resolve('tests/fixtures/upload-yunxi-2026.gbk.txt'));
const realIndexedDb = indexedDB;

beforeEach(async () => {
  clearSessionReports();
  for (const { id } of await listStoredReports()) await deleteStoredDataset(id);
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

async function uploadYunxi(
  name = 'yunxi.txt',
  bytes: Uint8Array<ArrayBuffer> = new Uint8Array(gbk),
) {
  const onUploaded = vi.fn();
  const client = testQueryClient();
  renderWithQueries(<UploadPanel onUploaded={onUploaded} extract={extractHere} />, client);
  await userEvent
    .setup()
    .upload(screen.getByLabelText('选择报告文件（.txt）'), new File([bytes], name));
  return { onUploaded, client };
}

/** The report the upload opened, as the dashboard would load it: the entry and its dataset. */
async function openedReport(client: ReturnType<typeof testQueryClient>, id: string) {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>{children}</QueryClientProvider>
  );
  const { result } = renderHook(
    () => {
      const list = useReportList();
      const entry = list.reports.find((report) => report.id === id) ?? null;
      const dataset = useQuery({
        ...reportDatasetQueryOptions(entry ?? { ...UNKNOWN, id }),
        enabled: entry !== null,
      });
      return { entry, dataset: dataset.data ?? null };
    },
    { wrapper },
  );
  await waitFor(() => expect(result.current.dataset).not.toBeNull());
  return result.current;
}

const UNKNOWN = {
  title: '',
  region: null,
  level: null,
  reviewYear: null,
  planYear: null,
  indicators: 0,
  origin: 'unsaved',
  file: '',
} as const;

/** A fake IndexedDB whose open() fails the way a browser does. */
function indexedDbFailingWith(name: string, { throws = false } = {}): IDBFactory {
  return {
    open: () => {
      const error = new DOMException(`${name} from the test`, name);
      if (throws) throw error;
      const request = { error } as { error: DOMException; onerror?: () => void };
      setTimeout(() => request.onerror?.());
      return request as unknown as IDBOpenDBRequest;
    },
  } as unknown as IDBFactory;
}

describe('an upload the browser will not store', () => {
  it('blocked storage: says so and what to do, and opens the report for this visit', async () => {
    vi.stubGlobal('indexedDB', indexedDbFailingWith('SecurityError', { throws: true }));
    const { onUploaded, client } = await uploadYunxi();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/已读取“云溪市.*”：\d+ 项指标，但未能保存在本浏览器中/);
    expect(alert).toHaveTextContent('本浏览器不允许本站保存数据');
    expect(alert).toHaveTextContent('允许本站保存数据或换用普通窗口');
    expect(alert).not.toHaveTextContent('无法读取');
    await waitFor(() => expect(onUploaded).toHaveBeenCalledWith(expect.stringMatching(/^upload-/)));
    const id = onUploaded.mock.calls[0]?.[0] as string;
    const opened = await openedReport(client, id);
    expect(opened.entry).toMatchObject({ origin: 'unsaved', notKept: 'blocked' });
    expect(opened.dataset?.report.title).toMatch(/^云溪市/);
  });

  it('a full quota: names the size needed and what is left', async () => {
    vi.stubGlobal('indexedDB', realIndexedDb);
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('quota from the test', 'QuotaExceededError');
    });
    vi.stubGlobal('navigator', {
      ...navigator,
      storage: { estimate: () => Promise.resolve({ quota: 1_000_000, usage: 990_000 }) },
    });
    const { onUploaded } = await uploadYunxi();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/浏览器的存储空间已满（这份报告约需 \d+ KB，剩余约 10 KB）/);
    expect(alert).toHaveTextContent('删除一些已上传的报告或清理浏览器存储');
    await waitFor(() => expect(onUploaded).toHaveBeenCalled());
    expect(await listStoredReports()).toEqual([]);
  });

  it('another version in another tab: says to reload', async () => {
    vi.stubGlobal('indexedDB', indexedDbFailingWith('VersionError'));
    await uploadYunxi();
    expect(await screen.findByRole('alert')).toHaveTextContent(
      '另一个标签页正在使用本应用较新的版本',
    );
  });
});

describe('the same report in two encodings', () => {
  it('is one stored report: its identity is the decoded text, not the bytes', async () => {
    const utf8 = new TextEncoder().encode(new TextDecoder('gb18030').decode(gbk));
    const { onUploaded } = await uploadYunxi('yunxi-gbk.txt');
    await waitFor(() => expect(onUploaded).toHaveBeenCalledTimes(1));
    await userEvent
      .setup()
      .upload(screen.getByLabelText('选择报告文件（.txt）'), new File([utf8], 'yunxi-utf8.txt'));
    await waitFor(() => expect(onUploaded).toHaveBeenCalledTimes(2));
    expect(onUploaded.mock.calls[1]).toEqual(onUploaded.mock.calls[0]);
    const stored = await listStoredReports();
    expect(stored).toHaveLength(1);
    // The later upload's name is the one listed.
    expect(stored[0]?.file).toBe('yunxi-utf8.txt');
  });
});
