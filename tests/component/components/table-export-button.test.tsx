import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { TableExportButton } from '../../../src/components/table-export-button.tsx';
import type { Indicator } from '../../../src/dataset/dataset-schema.ts';
import { parseCsv } from '../../support/parse-csv.ts';
import { captureDownloads, downloadedText } from '../support/capture-downloads.ts';

const indicator: Indicator = {
  id: 'gdp-2023',
  subject: { zh: '地区生产总值', en: 'Gross regional product' },
  sector: 'economy',
  year: 2023,
  kind: 'actual',
  measure: 'growth',
  value: 5.8,
  unit: '%',
  comparator: 'eq',
  upper: null,
  scope: null,
  period: null,
  source: {
    start: 0,
    end: 3,
    quote: '全市地区生产总值增长5.8%，“十四五”以来最快',
    sectionId: null,
  },
  evidence: { rule: 'growth', text: '5.8%', inferred: [] },
};

const saved = captureDownloads();

describe('the indicator table CSV button', () => {
  it('downloads every filtered indicator, with the Chinese quote intact', async () => {
    const user = userEvent.setup();
    render(
      <TableExportButton
        indicators={[indicator, { ...indicator, id: 'gdp-2024', kind: 'target', year: 2024 }]}
        reportId="beihai-2024"
        sectors={['economy']}
        lang="zh"
      />,
    );
    await user.click(screen.getByRole('button', { name: /CSV/ }));
    expect(saved).toHaveLength(1);
    expect(saved[0]?.name).toBe('beihai-2024-indicators-economy.csv');
    const rows = parseCsv(await downloadedText(saved[0]));
    expect(rows).toHaveLength(3);
    expect(rows[1]).toContain('全市地区生产总值增长5.8%，“十四五”以来最快');
    expect(screen.getByRole('status')).toHaveTextContent('beihai-2024-indicators-economy.csv');
  });

  it('shows a message when the browser refuses the download', async () => {
    const user = userEvent.setup();
    URL.createObjectURL = () => {
      throw new Error('blocked');
    };
    render(
      <TableExportButton indicators={[indicator]} reportId="beihai-2024" sectors="all" lang="en" />,
    );
    await user.click(screen.getByRole('button', { name: 'Download table as CSV' }));
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Export failed: the browser refused the download.',
    );
  });
});
