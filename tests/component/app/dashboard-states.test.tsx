import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getChart } from '../../../src/lib/chart-registry.ts';
import fixture from '../../fixtures/dashboard-fixture.json';
import {
  currentParams,
  DASHBOARD_FILES,
  renderDashboard,
  serveDataFiles,
} from '../support/render-dashboard.tsx';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('loading, error, Retry and empty states', () => {
  it('shows a skeleton while loading', async () => {
    serveDataFiles();
    renderDashboard();
    expect(screen.getAllByRole('status')[0]).toHaveTextContent('正在加载');
    expect(await screen.findByRole('heading', { name: '主要指标' })).toBeInTheDocument();
  });

  it('names the failed file and status, and Retry loads once it is back', async () => {
    const files = serveDataFiles({ ...DASHBOARD_FILES, 'index.json': { status: 500 } });
    const user = userEvent.setup();
    renderDashboard();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('data/index.json: HTTP 500');
    files['index.json'] = DASHBOARD_FILES['index.json'];
    await user.click(within(alert).getByRole('button', { name: '重试' }));
    expect(await screen.findByRole('heading', { name: '主要指标' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('names the first schema problem of an invalid dataset', async () => {
    const broken = structuredClone(fixture) as { indicators: { comparator: string }[] };
    broken.indicators[0]!.comparator = 'about';
    serveDataFiles({ ...DASHBOARD_FILES, 'fixture-2024.json': broken });
    renderDashboard();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'data/indicators/fixture-2024.json is invalid: indicators.0.comparator',
    );
  });

  it('reports a listed report whose file is missing, and the picker still switches back', async () => {
    serveDataFiles();
    const user = userEvent.setup();
    renderDashboard('?report=missing-2024');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'data/indicators/missing-2024.json: HTTP 404',
    );
    await user.selectOptions(screen.getByRole('combobox', { name: '报告' }), 'fixture-2024');
    expect(currentParams().get('report')).toBe('fixture-2024');
    expect(await screen.findByRole('heading', { name: '主要指标' })).toBeInTheDocument();
  });

  it('says so when the filters leave nothing, and Clear filters brings everything back', async () => {
    serveDataFiles();
    const user = userEvent.setup();
    renderDashboard('?q=nothing-matches-this');
    expect(await screen.findByText('没有符合筛选条件的指标')).toBeInTheDocument();
    expect(screen.queryByRole('table', { name: '全部指标' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '清除筛选' }));
    expect(await screen.findByRole('table', { name: '全部指标' })).toBeInTheDocument();
    expect(currentParams().has('q')).toBe(false);
  });
});

describe('language', () => {
  it('switches all interface text and the subjects, and keeps the choice in the URL', async () => {
    serveDataFiles();
    const user = userEvent.setup();
    renderDashboard();
    await screen.findByRole('heading', { name: '主要指标' });
    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(currentParams().get('lang')).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    expect(screen.getByRole('heading', { name: 'Headline indicators' })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Industry' })).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { name: 'Growth: 2023 result against 2024 goal' }),
    ).toBeInTheDocument();
    // Comparators switch from the report's words to symbols, numbers to the English locale.
    const cards = screen.getByRole('region', { name: 'Headline indicators' });
    expect(within(cards).getByText('≥ 5.5%')).toBeInTheDocument();
    expect(screen.getByText('43,539 yuan')).toBeInTheDocument();
    // A subject without an English name stays Chinese, marked as untranslated.
    expect(
      within(cards).getByRole('heading', { name: 'Consumer prices (CPI)' }),
    ).toBeInTheDocument();
    expect(
      within(cards).getByRole('button', {
        name: /^Show in the report: 居民消费价格 \(untranslated\) · 2024 goal ≤ 3%/,
      }),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: '中文' }));
    expect(currentParams().has('lang')).toBe(false);
    expect(screen.getByRole('heading', { name: '主要指标' })).toBeInTheDocument();
    expect(screen.getAllByText('5.5%以上').length).toBeGreaterThan(0);
  });
});

describe('theme, patterns and tabs', () => {
  it('switches theme and decal patterns, both kept in the URL', async () => {
    serveDataFiles();
    const user = userEvent.setup();
    renderDashboard();
    await screen.findByRole('heading', { name: '主要指标' });
    await user.selectOptions(screen.getByRole('combobox', { name: '主题' }), 'dark');
    expect(currentParams().get('theme')).toBe('dark');
    expect(document.documentElement.dataset.theme).toBe('dark');
    await user.click(screen.getByRole('checkbox', { name: '色盲友好图案' }));
    expect(currentParams().get('patterns')).toBe('1');
    await waitFor(() =>
      expect(getChart('growth-main')?.getOption().aria).toMatchObject({ decal: { show: true } }),
    );
  }, 20_000);

  it('moves between sector views with the arrow keys', async () => {
    serveDataFiles();
    const user = userEvent.setup();
    renderDashboard();
    const first = await screen.findByRole('tab', { name: '增长结果' });
    expect(first).toHaveAttribute('aria-selected', 'true');
    first.focus();
    await user.keyboard('{ArrowRight}');
    const second = screen.getByRole('tab', { name: '增长目标' });
    expect(second).toHaveFocus();
    expect(second).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('tabpanel', { name: '增长目标' })).toBeVisible();
    await user.keyboard('{End}');
    expect(screen.getByRole('tab', { name: '比重与比率' })).toHaveFocus();
  });
});

describe('source view', () => {
  it('opens from a table row with the number highlighted in its sentence', async () => {
    serveDataFiles();
    const user = userEvent.setup();
    renderDashboard();
    const rowButtons = await screen.findAllByRole('button', { name: '在原文中查看：地区生产总值' });
    // Reading order: the level (1700亿元) first, the growth (5.8%) second.
    await user.click(rowButtons[1]!);
    expect(currentParams().get('indicator')).toBe('gdp-growth-2023');
    const panel = screen.getByRole('complementary', { name: '原文' });
    const highlighted = panel.querySelector('mark');
    expect(highlighted).toHaveTextContent(/^5\.8$/);
    const sentence = [...panel.querySelectorAll('.in-sentence')].map((n) => n.textContent).join('');
    expect(sentence).toBe('2023年，全市地区生产总值达到1700亿元、增长5.8%。');
    // Every extracted number is marked and leads back to its indicator.
    expect(panel.querySelectorAll('.num-mark')).toHaveLength(fixture.indicators.length);
    await user.click(within(panel).getByRole('button', { name: '指标：城镇调查失业率，5.5%以内' }));
    expect(currentParams().get('indicator')).toBe('unemployment-rate-2024');
    expect(panel.querySelector('mark')).toHaveTextContent(/^5\.5$/);
    expect(screen.getByRole('row', { current: true })).toHaveTextContent('城镇调查失业率');
  });

  it('names a headline card once, adding the report’s wording only when it differs', async () => {
    serveDataFiles();
    renderDashboard();
    const heading = await screen.findByRole('heading', { name: '地区生产总值', level: 3 });
    const card = heading.closest('li')!;
    expect(within(card).getAllByText('地区生产总值')).toHaveLength(1);
    const income = screen
      .getByRole('heading', { name: '居民人均可支配收入', level: 3 })
      .closest('li')!;
    expect(within(income).getByText('城镇居民人均可支配收入')).toBeInTheDocument();
  });

  it('opens the source from anywhere on a table row, not only its name', async () => {
    serveDataFiles();
    const user = userEvent.setup();
    renderDashboard();
    const table = await screen.findByRole('table', { name: '全部指标' });
    const row = within(table)
      .getAllByRole('row')
      .find((r) => r.textContent?.includes('城镇调查失业率'))!;
    await user.click(row.querySelector('.quote-cell')!);
    expect(await screen.findByRole('complementary', { name: '原文' })).toBeInTheDocument();
    expect(currentParams().get('indicator')).toMatch(/^unemployment-rate-/);
  });

  it('names each table row in the page’s language first, the other under it', async () => {
    serveDataFiles();
    renderDashboard('?lang=en');
    const table = await screen.findByRole('table', { name: 'Every indicator' });
    const button = within(table).getAllByRole('button', {
      name: 'Show in the report: Gross regional product',
    })[0]!;
    expect(button).toHaveTextContent(/^Gross regional product$/);
    expect(button.closest('td')).toHaveTextContent('Gross regional product地区生产总值');
  });

  it('opens from a headline card and from a copied link', async () => {
    serveDataFiles();
    const user = userEvent.setup();
    renderDashboard('?indicator=retail-growth-2024');
    const panel = await screen.findByRole('complementary', { name: '原文' });
    // The text loads when the panel opens (the dashboard's first load goes without it).
    await waitFor(() => expect(panel.querySelector('mark')).toHaveTextContent('6%—7'));
    await user.click(within(panel).getByRole('button', { name: '关闭原文' }));
    expect(currentParams().has('indicator')).toBe(false);
    await user.click(screen.getByRole('button', { name: /查看原文：规上工业增加值 · 2024年目标/ }));
    await waitFor(() => expect(currentParams().get('indicator')).toBe('industry-growth-2024'));
  });

  it('renders report text as text, never as markup', async () => {
    const hostile = structuredClone(fixture);
    hostile.text = hostile.text.replace('示例市2024年', '<img src=x onerror=alert(1)>');
    const shift = '<img src=x onerror=alert(1)>'.length - '示例市2024年'.length;
    for (const indicator of hostile.indicators) {
      indicator.source.start += shift;
      indicator.source.end += shift;
    }
    serveDataFiles({ ...DASHBOARD_FILES, 'fixture-2024.json': hostile });
    renderDashboard('?indicator=gdp-growth-2023');
    const panel = await screen.findByRole('complementary', { name: '原文' });
    await waitFor(() => expect(panel).toHaveTextContent('<img src=x onerror=alert(1)>'));
    expect(panel.querySelector('img')).toBeNull();
  });
});
