import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { TableExportButton } from '../../../../src/features/export/table-export-button.tsx';
import type { ExportTable } from '../../../../src/dataset/table-files.ts';
import { parseCsv } from '../../../support/parse-csv.ts';
import { captureDownloads, downloadedText } from '../../support/capture-downloads.ts';

const table: ExportTable = {
  columns: [
    { key: 'subjectZh', label: '指标（中文）' },
    { key: 'value', label: '数值' },
    { key: 'quote', label: '原文' },
  ],
  rows: [
    { subjectZh: '地区生产总值', value: 5.8, quote: '全市地区生产总值增长5.8%，“十四五”以来最快' },
    { subjectZh: '地区生产总值', value: 5.5, quote: '地区生产总值增长5.5%以上' },
  ],
};

const saved = captureDownloads();

describe('the table CSV button', () => {
  it('downloads every filtered row, with the Chinese quote intact', async () => {
    const user = userEvent.setup();
    render(
      <TableExportButton
        table={table}
        name="indicators"
        reportId="beihai-2024"
        sectors={['economy']}
        lang="zh"
      />,
    );
    await user.click(screen.getByRole('button', { name: /CSV/ }));
    expect(saved).toHaveLength(1);
    expect(saved[0]?.name).toBe('beihai-2024-indicators-economy.csv');
    const rows = parseCsv(await downloadedText(saved[0]));
    expect(rows).toEqual([
      ['指标（中文）', '数值', '原文'],
      ['地区生产总值', '5.8', '全市地区生产总值增长5.8%，“十四五”以来最快'],
      ['地区生产总值', '5.5', '地区生产总值增长5.5%以上'],
    ]);
    expect(screen.getByRole('status')).toHaveTextContent('beihai-2024-indicators-economy.csv');
  });

  it('shows a message when the browser refuses the download', async () => {
    const user = userEvent.setup();
    URL.createObjectURL = () => {
      throw new Error('blocked');
    };
    render(
      <TableExportButton
        table={table}
        name="indicators"
        reportId="beihai-2024"
        sectors="all"
        lang="en"
      />,
    );
    await user.click(screen.getByRole('button', { name: 'Download table as CSV' }));
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Export failed: the browser refused the download.',
    );
  });
});
