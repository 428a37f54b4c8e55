import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { entryOfDataset, reportTextQueryOptions } from '../../../../src/api/report-list.ts';
import type { Dataset } from '../../../../src/dataset/dataset-schema.ts';
import { ReportWarnings } from '../../../../src/features/upload/report-warnings.tsx';
import { makeCompareDataset } from '../../../fixtures/make-compare-dataset.ts';
import { renderWithQueries } from '../../../component/support/render-with-queries.tsx';

const base = makeCompareDataset('upload-0000abcd', '石湾县', { review: 2025, plan: 2026 }, [
  { zh: '地区生产总值', kind: 'actual', year: 2025, value: 5.4 },
]);

/** The text as the dashboard would load it: from the report's full dataset. */
function textOf(dataset: Dataset) {
  return {
    ...reportTextQueryOptions(entryOfDataset(dataset, 'unsaved', 'report.txt')),
    queryFn: () => Promise.resolve(dataset.text),
  };
}

describe('ReportWarnings', () => {
  it('lists what was seen but not understood, the report text shown as text once opened', async () => {
    const text = `${base.text}<img src=x onerror="window.__x=1">约两成\n`;
    const start = text.indexOf('<img');
    const dataset = {
      ...base,
      text,
      warnings: [{ start, end: text.length - 1, message: 'number without a subject' }],
    };
    const { container } = renderWithQueries(
      <ReportWarnings dataset={dataset} text={textOf(dataset)} />,
    );
    await userEvent.click(screen.getByText('提取提示（1 条）：文本中出现但未能理解的内容'));
    expect(await screen.findByText(/number without a subject/)).toHaveTextContent(
      '<img src=x onerror="window.__x=1">约两成',
    );
    expect(container.querySelector('img')).toBeNull();
  });

  it('shows nothing when there is nothing to warn about', () => {
    const { container } = renderWithQueries(<ReportWarnings dataset={base} text={textOf(base)} />);
    expect(container).toBeEmptyDOMElement();
  });
});
