import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { ReportEntry } from '../../../../src/api/report-list.ts';
import { entryOfDataset, reportDatasetQueryOptions } from '../../../../src/api/report-list.ts';
import {
  ChartEnvironmentContext,
  DEFAULT_CHART_ENVIRONMENT,
} from '../../../../src/components/chart-environment.ts';
import type { SectorId } from '../../../../src/dataset/dataset-schema.ts';
import { CompareView } from '../../../../src/features/compare/compare-view.tsx';
import { reportLooks } from '../../../../src/features/compare/report-colors.ts';
import { I18nContext, makeI18n } from '../../../../src/lib/i18n/i18n.ts';
import type { Lang } from '../../../../src/lib/i18n/lang.ts';
import { city, later, nation } from '../../../fixtures/compare-datasets.ts';
import { renderWithQueries, testQueryClient } from '../../support/render-with-queries.tsx';
import { seriousAxeViolations } from '../../support/serious-axe-violations.ts';

// jsdom has no canvas; answering null ourselves keeps it from logging for every label.
HTMLCanvasElement.prototype.getContext = (() =>
  null) as typeof HTMLCanvasElement.prototype.getContext;

const datasets = [city, nation, later];
const entries: ReportEntry[] = datasets.map((dataset) =>
  entryOfDataset(dataset, dataset === later ? 'uploaded' : 'bundled', `${dataset.report.id}.json`),
);
const groups = [
  { label: '全国', options: [{ id: 'nation-2024', label: '全国 2024年' }] },
  { label: '北海市', options: [{ id: 'city-2024', label: '北海市 2024年' }] },
  { label: '上传的报告', options: [{ id: 'upload-1234abcd', label: '云溪市 2026年' }] },
];

interface Options {
  sectors?: SectorId[] | null;
  q?: string;
  lang?: Lang;
  theme?: 'light' | 'dark';
}

function renderCompare(
  compare: string[],
  { sectors = null, q = '', lang = 'zh', theme = 'light' }: Options = {},
) {
  const client = testQueryClient();
  entries.forEach((entry, index) =>
    client.setQueryData(reportDatasetQueryOptions(entry).queryKey, datasets[index]),
  );
  const setView = vi.fn();
  const renderSectorFilter = vi.fn(() => <p>sector chips</p>);
  renderWithQueries(
    <I18nContext.Provider value={makeI18n(lang)}>
      <ChartEnvironmentContext
        value={{
          ...DEFAULT_CHART_ENVIRONMENT,
          theme,
          renderer: 'svg',
          fixedSize: { width: 800, height: 400 },
        }}
      >
        <CompareView
          view={{ compare, sectors, q }}
          setView={setView}
          reports={entries}
          groups={groups}
          renderSectorFilter={renderSectorFilter}
        />
      </ChartEnvironmentContext>
    </I18nContext.Provider>,
    client,
  );
  return { setView, renderSectorFilter, user: userEvent.setup() };
}

/** Opens every chart's table equivalent: its rows render when it is first opened. */
async function openTables(): Promise<void> {
  const tables = [...document.querySelectorAll('details.table-equivalent')];
  for (const details of tables) fireEvent.click(details.querySelector('summary')!);
  await waitFor(() =>
    expect(document.querySelectorAll('details.table-equivalent table')).toHaveLength(tables.length),
  );
}

function card(title: RegExp): HTMLElement {
  const heading = screen.getByRole('heading', { name: title });
  return heading.closest('section') as HTMLElement;
}

describe('CompareView', () => {
  it('offers the library grouped by place and asks for a second report', async () => {
    const { setView, user } = renderCompare(['city-2024']);
    expect(screen.getByText('请至少选择两份报告进行对比。')).toBeInTheDocument();
    const nationGroup = screen.getByRole('group', { name: '全国' });
    await user.click(within(nationGroup).getByRole('checkbox', { name: /全国 2024年/ }));
    expect(setView).toHaveBeenCalledWith({ compare: ['city-2024', 'nation-2024'] });
    expect(screen.getByRole('checkbox', { name: /云溪市 2026年 \(本地上传\)/ })).not.toBeChecked();
  });

  it('draws growth rates and rates apart, each under its own title', async () => {
    renderCompare(['city-2024', 'nation-2024', 'upload-1234abcd']);
    await openTables();
    const growth = card(/^增长率/);
    const rates = card(/^比率与水平/);
    expect(within(growth).getByRole('cell', { name: '地区生产总值', hidden: true })).toBeTruthy();
    expect(within(growth).queryByRole('cell', { name: '城镇调查失业率', hidden: true })).toBeNull();
    expect(within(growth).queryByRole('cell', { name: '居民消费价格', hidden: true })).toBeNull();
    expect(within(rates).getByRole('cell', { name: '城镇调查失业率', hidden: true })).toBeTruthy();
    expect(within(rates).getByRole('cell', { name: '居民消费价格', hidden: true })).toBeTruthy();
  });

  it('says 未提及 where a report does not state a subject, and “not stated” in English', async () => {
    renderCompare(['city-2024', 'nation-2024', 'upload-1234abcd']);
    await openTables();
    const fruit = screen.getByRole('cell', { name: '水果产量', hidden: true }).closest('tr');
    // 北海市 result, goal; 全国 result, goal; 云溪市 result, goal.
    expect(fruit).toHaveTextContent('水果产量未提及12%未提及未提及未提及7%');
  });

  it('says “not stated” in English, with English subject names', async () => {
    renderCompare(['city-2024', 'nation-2024', 'upload-1234abcd'], { lang: 'en' });
    await openTables();
    expect(screen.getByRole('heading', { name: /^Growth rates/ })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: /^Rates and levels/ })).toBeInTheDocument();
    const unemployment = screen
      .getByRole('cell', { name: 'Surveyed urban unemployment', hidden: true })
      .closest('tr');
    expect(unemployment).toHaveTextContent('not stated');
    expect(unemployment).toHaveTextContent('≤ 5.5%');
  });

  it('heads each report’s columns with the colour and shape it has in the chart', async () => {
    renderCompare(['nation-2024', 'city-2024'], { theme: 'dark' });
    await openTables();
    const look = reportLooks(['city-2024', 'nation-2024'], 'dark').get('city-2024')!;
    const header = within(card(/^增长率/)).getByRole('columnheader', {
      name: '北海市 2023年结果',
      hidden: true,
    });
    const swatch = header.querySelector('.table-swatch') as HTMLElement;
    expect(swatch).toHaveTextContent(look.glyph);
    expect(swatch.style.color).not.toBe('');
    // The picker shows the same key beside each chosen report.
    const chip = screen.getByRole('checkbox', { name: /北海市 2024年/ }).closest('label');
    expect(chip?.querySelector('.table-swatch')).toHaveTextContent(look.glyph);
  });

  it('follows the sector filter and the subject search, both kept by the parent in the URL', async () => {
    const { setView, renderSectorFilter, user } = renderCompare(['city-2024', 'nation-2024'], {
      sectors: ['agriculture'],
    });
    expect(screen.getByText(/没有共同的百分比指标/)).toBeInTheDocument();
    expect(renderSectorFilter).toHaveBeenCalledWith(
      expect.arrayContaining([expect.objectContaining({ id: 'economy', count: 2 })]),
    );
    await user.type(screen.getByRole('searchbox', { name: '搜索指标' }), 'G');
    expect(setView).toHaveBeenLastCalledWith({ q: 'G' });
  });

  it('shows only what the search finds: GDP finds 地区生产总值', async () => {
    renderCompare(['city-2024', 'nation-2024'], { q: 'GDP' });
    await openTables();
    expect(screen.getByRole('cell', { name: '地区生产总值', hidden: true })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: /^比率与水平/ })).toBeNull();
  });

  it('draws accessible charts: described images, no serious axe finding', async () => {
    renderCompare(['city-2024', 'nation-2024']);
    const charts = await screen.findAllByRole('img', {}, { timeout: 15_000 });
    expect(charts[0]).toHaveAttribute('aria-label', expect.stringContaining('地区生产总值'));
    expect(await seriousAxeViolations()).toEqual([]);
  }, 60_000);
});
