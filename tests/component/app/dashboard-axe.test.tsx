import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderDashboard, serveDataFiles } from '../support/render-dashboard.tsx';

afterEach(() => {
  vi.unstubAllGlobals();
});

async function seriousViolations(): Promise<string[]> {
  const results = await axe.run(document.body, { resultTypes: ['violations'] });
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
    );
}

describe('accessibility', () => {
  it('has no serious or critical axe violations, with charts, source view and English', async () => {
    serveDataFiles();
    const user = userEvent.setup();
    renderDashboard('?indicator=gdp-growth-2023');
    await screen.findByRole('heading', { name: '主要指标' });
    await screen.findAllByRole('img');
    expect(await seriousViolations()).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'English' }));
    await user.click(screen.getByRole('tab', { name: 'Levels' }));
    expect(await seriousViolations()).toEqual([]);
  }, 60_000);

  it('has none in the error and empty states', async () => {
    serveDataFiles({ 'index.json': { status: 503 } });
    renderDashboard();
    await screen.findByRole('alert');
    expect(await seriousViolations()).toEqual([]);
  });
});
