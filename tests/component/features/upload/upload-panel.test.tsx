import 'fake-indexeddb/auto';
import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { extractReport } from '../../../../src/extract/extract-report.ts';
import type { ExtractFunction } from '../../../../src/features/upload/extract-in-worker.ts';
import { UPLOAD_MAX_BYTES } from '../../../../src/features/upload/extract-protocol.ts';
import { runExtractJob } from '../../../../src/features/upload/run-extract-job.ts';
import { UploadPanel } from '../../../../src/features/upload/upload-panel.tsx';
import { deleteStoredDataset, listStoredReports } from '../../../../src/api/report-store.ts';
import { renderWithQueries } from '../../support/render-with-queries.tsx';
import { seriousAxeViolations } from '../../support/serious-axe-violations.ts';

// The worker's job, run in the test's thread: jsdom has no Worker.
const extractHere: ExtractFunction = (bytes, name, onStage) =>
  runExtractJob(new Uint8Array(bytes), name, onStage);

function renderPanel() {
  const onUploaded = vi.fn();
  renderWithQueries(<UploadPanel onUploaded={onUploaded} extract={extractHere} />);
  return { onUploaded, user: userEvent.setup() };
}

// jsdom's import.meta.url is not a file URL; tests run from the repository root.
const fixture = (name: string) => readFileSync(resolve('tests/fixtures', name));

beforeEach(async () => {
  for (const { id } of await listStoredReports()) await deleteStoredDataset(id);
});

describe('UploadPanel', () => {
  const badInputs: [string, () => File, RegExp][] = [
    ['an empty file', () => new File([], 'empty.txt'), /文件是空的/],
    [
      'an image',
      () =>
        new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2])], 'a.txt'),
      /不是文本文件/,
    ],
    [
      'a file over the limit',
      () => new File([new Uint8Array(UPLOAD_MAX_BYTES + 1)], 'big.txt'),
      /超过 5 MB/,
    ],
    [
      'an HTML page',
      () => new File(['<!DOCTYPE html><html><body>地区生产总值增长5%。</body></html>'], 'page.txt'),
      /这是网页（HTML）.*另存为 \.txt/,
    ],
    [
      'a Latin-1 text',
      () => new File([new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20, 0x35, 0x25, 0x2e])], 'fr.txt'),
      /无法识别文件编码.*Latin-1/,
    ],
    [
      'a text without indicators',
      () => new File([fixture('upload-no-indicators.txt')], 'plain.txt'),
      /没有找到任何指标/,
    ],
  ];

  for (const [what, makeFile, message] of badInputs) {
    it(`says what is wrong with ${what} and stores nothing`, async () => {
      const { onUploaded, user } = renderPanel();
      const file = makeFile();
      await user.upload(screen.getByLabelText('选择报告文件（.txt）'), file);
      const alert = await screen.findByRole('alert');
      expect(alert).toHaveTextContent(message);
      expect(alert).toHaveTextContent(file.name);
      expect(onUploaded).not.toHaveBeenCalled();
      expect(await listStoredReports()).toEqual([]);
      expect(await seriousAxeViolations()).toEqual([]);
    });
  }

  it('shows which stage the worker is at while it reads', async () => {
    let finish: (outcome: Awaited<ReturnType<ExtractFunction>>) => void = () => {};
    const slow: ExtractFunction = (_bytes, _name, onStage) =>
      new Promise((resolve) => {
        onStage('decoding');
        onStage('extracting');
        finish = resolve;
      });
    renderWithQueries(<UploadPanel onUploaded={vi.fn()} extract={slow} />);
    const user = userEvent.setup();
    const input = screen.getByLabelText('选择报告文件（.txt）');
    await user.upload(input, new File(['各位代表'], 'long.txt'));
    expect(await screen.findByRole('status')).toHaveTextContent('正在读取 long.txt… 提取指标');
    expect(screen.getByRole('progressbar', { name: '读取进度' })).toHaveAttribute('value', '2');
    expect(input).toBeDisabled();
    finish({ ok: false, failure: { code: 'no-indicators', detail: 'none' } });
    expect(await screen.findByRole('alert')).toHaveTextContent('没有找到任何指标');
    expect(input).toBeEnabled();
  });

  it('cancels a reading: the job is stopped, nothing is stored and the panel is as it was', async () => {
    let signalSeen: AbortSignal | undefined;
    const endless: ExtractFunction = (_bytes, _name, onStage, signal) =>
      new Promise((_resolve, reject) => {
        signalSeen = signal;
        onStage('extracting');
        signal?.addEventListener('abort', () => reject(signal.reason));
      });
    const onUploaded = vi.fn();
    renderWithQueries(<UploadPanel onUploaded={onUploaded} extract={endless} />);
    const user = userEvent.setup();
    const input = screen.getByLabelText('选择报告文件（.txt）');
    await user.upload(input, new File(['各位代表'], 'huge.txt'));
    expect(await screen.findByRole('status')).toHaveTextContent('正在读取 huge.txt…');
    expect(input).toBeDisabled();

    await user.click(screen.getByRole('button', { name: '取消读取' }));
    expect(signalSeen?.aborted).toBe(true);
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(input).toBeEnabled();
    expect(onUploaded).not.toHaveBeenCalled();
    expect(await listStoredReports()).toEqual([]);
  });

  it('shows the time a long reading has taken, second by second', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      const endless: ExtractFunction = (_bytes, _name, onStage) =>
        new Promise(() => onStage('extracting'));
      renderWithQueries(<UploadPanel onUploaded={vi.fn()} extract={endless} />);
      const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
      await user.upload(screen.getByLabelText('选择报告文件（.txt）'), new File(['x'], 'a.txt'));
      await screen.findByRole('status');
      await act(() => vi.advanceTimersByTimeAsync(3000));
      expect(screen.getByRole('status')).toHaveTextContent(/已用 [34] 秒/);
    } finally {
      vi.useRealTimers();
    }
  });

  it('reads pasted text too', async () => {
    const { user } = renderPanel();
    await user.type(screen.getByLabelText('或粘贴报告全文'), '各位代表：没有指标的文字。');
    await user.click(screen.getByRole('button', { name: '读取粘贴的文字' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/粘贴的文字\.txt.*没有找到任何指标/);
  });

  it.skipIf(!hasExtractor())('stores a GBK report and opens it', async () => {
    const { onUploaded, user } = renderPanel();
    await user.upload(
      screen.getByLabelText('选择报告文件（.txt）'),
      new File([fixture('upload-yunxi-2026.gbk.txt')], 'yunxi.txt'),
    );
    await waitFor(() => expect(onUploaded).toHaveBeenCalledWith(expect.stringMatching(/^upload-/)));
    expect(screen.getByText(/已添加“云溪市/)).toBeInTheDocument();
    expect(await listStoredReports()).toHaveLength(1);
  });

  it.skipIf(!hasExtractor())('reads UTF-16 without a BOM as the CLI does', async () => {
    const { onUploaded, user } = renderPanel();
    const text = new TextDecoder('gb18030').decode(fixture('upload-yunxi-2026.gbk.txt'));
    const utf16 = Buffer.from(text, 'utf16le');
    await user.upload(
      screen.getByLabelText('选择报告文件（.txt）'),
      new File([utf16], 'yunxi.txt'),
    );
    await waitFor(() => expect(onUploaded).toHaveBeenCalledWith(expect.stringMatching(/^upload-/)));
    expect(screen.getByText(/已添加“云溪市/)).toBeInTheDocument();
  });
});

function hasExtractor(): boolean {
  const probe = extractReport('地区生产总值增长5%。', { id: 'probe', file: 'p', sha256: '0' });
  return probe.indicators.length > 0;
}
