import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import fixture from '../../fixtures/dashboard-fixture.json';
import fixtureIndex from '../../fixtures/dashboard-fixture-index.json';
import { renderDashboard, serveDataFiles } from '../support/render-dashboard.tsx';

afterEach(() => {
  vi.unstubAllGlobals();
});

type FixtureDataset = typeof fixture;
type FixtureIndicator = FixtureDataset['indicators'][number];

function serve(dataset: FixtureDataset) {
  serveDataFiles({ 'index.json': fixtureIndex, 'fixture-2024.json': dataset });
}

async function tableRows(name = '全部指标'): Promise<HTMLElement[]> {
  const table = await screen.findByRole('table', { name });
  return within(table).getAllByRole('row').slice(1);
}

function rowOf(rows: HTMLElement[], text: string): HTMLElement {
  const row = rows.find((r) => r.textContent?.includes(text));
  if (!row) throw new Error(`no row with ${text}`);
  return row;
}

/** A report in which no part heading and no year was found (Gansu 2026 before issue 8). */
function withoutParts(): FixtureDataset {
  const dataset = structuredClone(fixture);
  dataset.report.reviewYear = null as unknown as number;
  dataset.report.planYear = null as unknown as number;
  dataset.sections = dataset.sections.map((section) => ({
    ...section,
    part: 'other',
    year: null as unknown as number,
  }));
  dataset.indicators = dataset.indicators.map((indicator) => ({
    ...indicator,
    year: null as unknown as number,
    kind: 'actual',
  }));
  dataset.comparisons = [];
  return dataset;
}

describe('a report whose review and goals parts could not be found', () => {
  it('says so, charts nothing, and still lists every figure in the table', async () => {
    serve(withoutParts());
    renderDashboard();

    expect(
      await screen.findByRole('heading', { name: '这份报告里找不到回顾部分和目标部分' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/提取到的数字都列在下面的表格中/)).toBeInTheDocument();
    expect(screen.getByText(/重新上传并填写年份/)).toBeInTheDocument();
    // Not the filter message: no filter is set.
    expect(screen.queryByText('没有符合筛选条件的指标')).not.toBeInTheDocument();
    expect(screen.queryByText(/当前筛选条件下/)).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: '主要指标' })).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: /^增长：/ })).not.toBeInTheDocument();
    expect(await tableRows()).toHaveLength(fixture.indicators.length);
  });

  it('keeps the table usable: the search narrows it and a row opens its sentence', async () => {
    serve(withoutParts());
    const user = userEvent.setup();
    renderDashboard();
    await screen.findByRole('heading', { name: '这份报告里找不到回顾部分和目标部分' });
    await user.type(screen.getByRole('searchbox', { name: '搜索指标名称' }), '失业');
    const rows = await tableRows();
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent('未注明年份');
    await user.click(
      within(rows[0]!).getByRole('button', { name: '在原文中查看：城镇调查失业率' }),
    );
    expect(await screen.findByRole('complementary', { name: '原文' })).toBeInTheDocument();
  });

  it('says it in English too', async () => {
    serve(withoutParts());
    renderDashboard('?lang=en');
    expect(
      await screen.findByRole('heading', {
        name: 'No review or goals part could be found in this report',
      }),
    ).toBeInTheDocument();
    expect(screen.getByText(/its figures are listed in the table below/)).toBeInTheDocument();
    expect(screen.queryByText(/Nothing to chart/)).not.toBeInTheDocument();
    expect(await tableRows('Every indicator')).toHaveLength(fixture.indicators.length);
  });

  it('charts the results alone when only the goals part is missing, and says why', async () => {
    const dataset = structuredClone(fixture);
    dataset.sections = dataset.sections.filter((section) => section.part === 'review');
    dataset.report.planYear = null as unknown as number;
    serve(dataset);
    renderDashboard();
    expect(
      await screen.findByText('这份报告里找不到目标部分：图表中没有本年的目标。'),
    ).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: '主要指标' })).toBeInTheDocument();
  });

  it('says nothing can be charted when every figure covers several years', async () => {
    const dataset = structuredClone(fixture);
    dataset.indicators = dataset.indicators.map((indicator) => ({
      ...indicator,
      period: { from: 2021, to: 2025 },
    })) as FixtureIndicator[];
    dataset.comparisons = [];
    serve(dataset);
    renderDashboard();
    expect(
      await screen.findByRole('heading', { name: '这份报告里没有可以绘制的数字' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: '主要指标' })).not.toBeInTheDocument();
    expect(await tableRows()).toHaveLength(fixture.indicators.length);
  });
});

describe('figures that are not one year’s result or goal', () => {
  /** The fixture plus the kinds of figure issue 8 found on charts. */
  function withStrays(): FixtureDataset {
    const dataset = structuredClone(fixture);
    const copy = (id: string, patch: Record<string, unknown>) => {
      const original = dataset.indicators.find((indicator) => indicator.id === id)!;
      return { ...structuredClone(original), ...patch } as FixtureIndicator;
    };
    const industry = dataset.indicators.find((i) => i.id === 'industry-growth-2023')!;
    dataset.indicators.push(
      copy('industry-growth-2023', {
        id: 'bare-enterprises',
        subject: { zh: '企业', en: null, key: null, unclear: true },
        value: 50,
        source: { ...industry.source, quote: '企业增长50%' },
      }),
      copy('urban-income-growth-2023', {
        id: 'five-year-income',
        year: null,
        period: { from: 2021, to: 2025 },
        value: 34.3,
      }),
      copy('trade-growth-2023', { id: 'estimated-trade', estimated: true, value: 7.7 }),
    );
    return dataset;
  }

  it('lists them with a visible flag, and keeps them off the charts and cards', async () => {
    serve(withStrays());
    renderDashboard();
    const rows = await tableRows();
    expect(rows).toHaveLength(fixture.indicators.length + 3);

    const bare = rowOf(rows, '企业增长50%');
    expect(within(bare).getByText('不明确的主体')).toBeInTheDocument();
    const fiveYear = rows.find((row) => row.textContent?.includes('34.3%'))!;
    expect(within(fiveYear).getByText('2021–2025年')).toBeInTheDocument();
    expect(fiveYear).not.toHaveTextContent('未注明年份');
    const estimate = rows.find((row) => row.textContent?.includes('7.7%'))!;
    expect(within(estimate).getByText('预计')).toBeInTheDocument();
    // The fixture's 2024–2025 urbanisation goal is the third.
    expect(
      screen.getByText('其中 3 项不绘入图表：主体不明确，或是覆盖多年的数字。'),
    ).toBeInTheDocument();

    const growth = document.querySelector('[data-chart-card="growth-main"]') as HTMLElement;
    expect(growth).not.toHaveTextContent('企业');
    expect(growth).not.toHaveTextContent('50%');
    expect(growth).not.toHaveTextContent('34.3');
    const cards = screen.getByRole('region', { name: '主要指标' });
    expect(cards).not.toHaveTextContent('34.3');
    const sectorGrowth = document.querySelector('[data-chart-card="sector-growth"]') as HTMLElement;
    expect(sectorGrowth).not.toHaveTextContent('企业');
  });

  it('names the flags in English', async () => {
    serve(withStrays());
    renderDashboard('?lang=en');
    const rows = await tableRows('Every indicator');
    expect(within(rowOf(rows, '企业增长50%')).getByText('unclear subject')).toBeInTheDocument();
    expect(within(rowOf(rows, '34.3%')).getByText('2021–2025')).toBeInTheDocument();
    expect(within(rowOf(rows, '7.7%')).getByText('estimate')).toBeInTheDocument();
  });
});
