import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { currentParams, renderDashboard, serveDataFiles } from '../support/render-dashboard.tsx';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('compare as a view of its own', () => {
  it('is linked from the dashboard, which no longer carries a comparison at its foot', async () => {
    serveDataFiles();
    const user = userEvent.setup();
    renderDashboard('?report=fixture-2024');
    expect(await screen.findByRole('heading', { name: '主要指标' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { level: 2, name: '报告对比' })).not.toBeInTheDocument();
    const link = screen.getByRole('link', { name: '将本报告与其他报告对比…' });
    expect(link).toHaveAttribute(
      'href',
      './?report=fixture-2024&compare=fixture-2024&view=compare',
    );

    await user.click(link);
    expect(await screen.findByRole('heading', { level: 2, name: '报告对比' })).toBeInTheDocument();
    expect(currentParams().get('view')).toBe('compare');
    expect(currentParams().get('compare')).toBe('fixture-2024');
    expect(screen.getByRole('checkbox', { name: /示例市 2024年/ })).toBeChecked();
    expect(screen.getByText('请至少选择两份报告进行对比。')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: '主要指标' })).not.toBeInTheDocument();
    expect(document.title).toMatch(/^报告对比/);

    // Back returns to the report the comparison was opened from.
    window.history.back();
    expect(await screen.findByRole('heading', { name: '主要指标' })).toBeInTheDocument();
  });

  it('is one of the views the header switches between, in both languages', async () => {
    serveDataFiles();
    const user = userEvent.setup();
    renderDashboard('?lang=en');
    await screen.findByRole('heading', { name: 'Headline indicators' });
    await user.click(screen.getByRole('button', { name: 'Compare reports' }));
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Compare reports' }),
    ).toBeInTheDocument();
    await waitFor(() => expect(currentParams().get('view')).toBe('compare'));
    expect(screen.getByText('Choose at least two reports to compare.')).toBeInTheDocument();
  });
});
