import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ReportWarnings } from '../../../../src/features/upload/report-warnings.tsx';
import { makeCompareDataset } from '../../../fixtures/make-compare-dataset.ts';

const base = makeCompareDataset('upload-0000abcd', '石湾县', { review: 2025, plan: 2026 }, [
  { zh: '地区生产总值', kind: 'actual', year: 2025, value: 5.4 },
]);

describe('ReportWarnings', () => {
  it('lists what was seen but not understood, the report text shown as text', () => {
    const text = `${base.text}<img src=x onerror="window.__x=1">约两成\n`;
    const start = text.indexOf('<img');
    const dataset = {
      ...base,
      text,
      warnings: [{ start, end: text.length - 1, message: 'number without a subject' }],
    };
    const { container } = render(<ReportWarnings dataset={dataset} />);
    expect(screen.getByText('提取提示（1 条）：文本中出现但未能理解的内容')).toBeInTheDocument();
    expect(screen.getByText(/number without a subject/)).toHaveTextContent(
      '<img src=x onerror="window.__x=1">约两成',
    );
    expect(container.querySelector('img')).toBeNull();
  });

  it('shows nothing when there is nothing to warn about', () => {
    const { container } = render(<ReportWarnings dataset={base} />);
    expect(container).toBeEmptyDOMElement();
  });
});
