import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { currentParams, renderDashboard, serveDataFiles } from '../support/render-dashboard.tsx';

beforeEach(() => {
  serveDataFiles();
});
afterEach(() => {
  vi.unstubAllGlobals();
});

async function tableRows(): Promise<HTMLElement[]> {
  const table = await screen.findByRole('table', { name: '全部指标' });
  return within(table).getAllByRole('row').slice(1);
}

describe('sector filter', () => {
  it('shows every sector with its count, all on, and every indicator in the table', async () => {
    renderDashboard();
    const industry = await screen.findByRole('checkbox', { name: '工业' });
    expect(industry).toBeChecked();
    expect(industry).toHaveAccessibleDescription('5');
    expect(await tableRows()).toHaveLength(29);
    expect(currentParams().has('sectors')).toBe(false);
  });

  it('narrows every view and writes the choice into the URL', async () => {
    const user = userEvent.setup();
    renderDashboard();
    await user.click(await screen.findByRole('button', { name: '全不选' }));
    expect(currentParams().get('sectors')).toBe('none');
    expect(await screen.findByText('没有符合筛选条件的指标')).toBeInTheDocument();

    await user.click(screen.getByRole('checkbox', { name: '工业' }));
    await user.click(screen.getByRole('checkbox', { name: '外贸与开放' }));
    expect(currentParams().get('sectors')).toBe('industry,trade');
    const rows = await tableRows();
    expect(rows).toHaveLength(7);
    expect(rows.every((row) => /工业|外贸与开放/.test(row.textContent ?? ''))).toBe(true);
    // Headline cards follow the filter too: only industry and trade remain.
    const cards = screen.getByRole('region', { name: '主要指标' });
    expect(
      within(cards)
        .getAllByRole('listitem')
        .map((card) => card.querySelector('h3')?.textContent),
    ).toEqual(['规上工业增加值', '外贸进出口']);

    await user.click(screen.getByRole('button', { name: '全部' }));
    expect(currentParams().has('sectors')).toBe(false);
    expect(await tableRows()).toHaveLength(29);
  });

  it('works from the keyboard: Tab reaches a chip and Space toggles it', async () => {
    const user = userEvent.setup();
    renderDashboard();
    const economy = await screen.findByRole('checkbox', { name: '经济总量' });
    await user.click(screen.getByRole('button', { name: '全不选' }));
    economy.focus();
    await user.keyboard(' ');
    expect(economy).toBeChecked();
    await user.tab();
    expect(screen.getByRole('checkbox', { name: '工业' })).toHaveFocus();
    await user.keyboard(' ');
    expect(currentParams().get('sectors')).toBe('economy,industry');
  });

  it('restores a view from a copied link', async () => {
    renderDashboard('?sectors=industry,trade&measure=growth&kind=target&q=%E5%B7%A5%E4%B8%9A');
    const rows = await tableRows();
    expect(rows.map((row) => row.querySelector('td')?.textContent)).toEqual([
      expect.stringContaining('规上工业增加值'),
    ]);
    expect(screen.getByRole('checkbox', { name: '工业' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: '经济总量' })).not.toBeChecked();
    expect(screen.getByRole('combobox', { name: '指标类型' })).toHaveValue('growth');
    expect(screen.getByRole('combobox', { name: '结果/目标' })).toHaveValue('target');
    expect(screen.getByRole('searchbox', { name: '搜索指标名称' })).toHaveValue('工业');
  });

  it('filters by measure, year and a text search, each kept in the URL', async () => {
    const user = userEvent.setup();
    renderDashboard();
    await user.selectOptions(await screen.findByRole('combobox', { name: '指标类型' }), 'level');
    await user.selectOptions(screen.getByRole('combobox', { name: '年份' }), '2024');
    expect(currentParams().get('measure')).toBe('level');
    expect(currentParams().get('year')).toBe('2024');
    const rows = await tableRows();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toHaveTextContent('粮食产量');

    await user.selectOptions(screen.getByRole('combobox', { name: '指标类型' }), '');
    await user.selectOptions(screen.getByRole('combobox', { name: '年份' }), '');
    await user.type(screen.getByRole('searchbox', { name: '搜索指标名称' }), 'unemployment');
    expect(currentParams().get('q')).toBe('unemployment');
    await waitFor(async () => expect(await tableRows()).toHaveLength(2));
  });
});
