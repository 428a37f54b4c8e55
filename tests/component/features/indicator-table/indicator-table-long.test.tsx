import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { datasetSchema } from '../../../../src/dataset/dataset-schema.ts';
import type { Indicator } from '../../../../src/dataset/dataset-schema.ts';
import { IndicatorTable } from '../../../../src/features/indicator-table/indicator-table.tsx';
import { VIRTUAL_FROM_ROWS } from '../../../../src/features/indicator-table/use-virtual-rows.ts';
import { I18nContext, makeI18n } from '../../../../src/lib/i18n/i18n.ts';
import fixtureJson from '../../../fixtures/dashboard-fixture.json';

const fixture = datasetSchema.parse(fixtureJson).indicators;

/** The fixture's indicators over and over, each with an id of its own, like a pasted 5 MB report. */
function manyIndicators(count: number): Indicator[] {
  return Array.from({ length: count }, (_, index) => {
    const indicator = fixture[index % fixture.length] as Indicator;
    return { ...indicator, id: `${indicator.id}-${index}` };
  });
}

function renderTable(indicators: readonly Indicator[]) {
  render(
    <I18nContext.Provider value={makeI18n('zh')}>
      <IndicatorTable indicators={indicators} selectedId={null} onSelectIndicator={() => {}} />
    </I18nContext.Provider>,
  );
  const table = screen.getByRole('table', { name: '全部指标' });
  const rows = within(table)
    .getAllByRole('row')
    .filter((row) => row.closest('tbody') && !row.classList.contains('virtual-spacer'));
  return { table, rows };
}

describe('a long indicator table', () => {
  it('draws only the rows near the viewport, and keeps the page as tall as all of them', () => {
    const { table, rows } = renderTable(manyIndicators(20_000));
    expect(screen.getByText(/20000|20,000/)).toBeInTheDocument();
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThan(100);
    const spacer = table.querySelector<HTMLElement>('tr.virtual-spacer');
    expect(Number.parseFloat(spacer?.style.height ?? '0')).toBeGreaterThan(100_000);
  });

  it('draws every row of a report-sized table, so find-in-page sees them all', () => {
    const { rows } = renderTable(manyIndicators(200));
    expect(rows).toHaveLength(200);
    expect(200).toBeLessThan(VIRTUAL_FROM_ROWS);
  }, 20_000);
});
