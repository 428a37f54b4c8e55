import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { ReportEntry } from '../../../../src/api/report-list.ts';
import { reportDatasetQueryOptions } from '../../../../src/api/report-list.ts';
import {
  ChartEnvironmentContext,
  DEFAULT_CHART_ENVIRONMENT,
} from '../../../../src/components/chart-environment.ts';
import type { SectorId } from '../../../../src/dataset/dataset-schema.ts';
import { CompareView } from '../../../../src/features/compare/compare-view.tsx';
import { city, nation } from '../../../fixtures/compare-datasets.ts';
import { renderWithQueries, testQueryClient } from '../../support/render-with-queries.tsx';
import { seriousAxeViolations } from '../../support/serious-axe-violations.ts';

const entries: ReportEntry[] = [city, nation].map((dataset) => ({
  id: dataset.report.id,
  title: dataset.report.title,
  region: dataset.report.region,
  level: null,
  reviewYear: dataset.report.reviewYear,
  planYear: dataset.report.planYear,
  indicators: dataset.indicators.length,
  origin: 'bundled',
  file: `${dataset.report.id}.json`,
}));

function renderCompare(selected: string[], sectors: SectorId[] | null = null) {
  const client = testQueryClient();
  entries.forEach((entry, index) =>
    client.setQueryData(reportDatasetQueryOptions(entry).queryKey, [city, nation][index]),
  );
  const onSelect = vi.fn();
  renderWithQueries(
    <ChartEnvironmentContext
      value={{
        ...DEFAULT_CHART_ENVIRONMENT,
        renderer: 'svg',
        fixedSize: { width: 800, height: 400 },
      }}
    >
      <CompareView reports={entries} selected={selected} onSelect={onSelect} sectors={sectors} />
    </ChartEnvironmentContext>,
    client,
  );
  return { onSelect, user: userEvent.setup() };
}

describe('CompareView', () => {
  it('asks for a second report before comparing', async () => {
    const { onSelect, user } = renderCompare(['city-2024']);
    expect(screen.getByText('请至少选择两份报告进行对比。')).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: /全国 2024/ }));
    expect(onSelect).toHaveBeenCalledWith(['city-2024', 'nation-2024']);
  });

  it('shows shared subjects with each column naming its year', () => {
    renderCompare(['city-2024', 'nation-2024']);
    for (const header of ['北海市 2023年结果', '北海市 2024年目标', '全国 2024年目标']) {
      expect(screen.getByRole('columnheader', { name: header, hidden: true })).toBeInTheDocument();
    }
    const gdpRow = screen.getByRole('cell', { name: '地区生产总值', hidden: true }).closest('tr');
    expect(gdpRow).toHaveTextContent('5.8%5.5%以上5.2%5%左右');
  });

  it('draws an accessible chart: a described image, no serious axe finding', async () => {
    renderCompare(['city-2024', 'nation-2024']);
    const chart = await screen.findByRole('img', {}, { timeout: 5000 });
    expect(chart).toHaveAttribute('aria-label', expect.stringContaining('地区生产总值'));
    expect(await seriousAxeViolations()).toEqual([]);
  }, 15_000);

  it('follows the sector filter', () => {
    renderCompare(['city-2024', 'nation-2024'], ['agriculture']);
    expect(screen.getByText(/没有共同的增长指标/)).toBeInTheDocument();
  });
});
