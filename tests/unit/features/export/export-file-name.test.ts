import { describe, expect, it } from 'vitest';
import { SECTOR_IDS } from '../../../../src/dataset/dataset-schema.ts';
import { slugify } from '../../../../src/components/save-file.ts';
import {
  exportFileBase,
  exportFileName,
} from '../../../../src/features/export/export-file-name.ts';

describe('export file names', () => {
  it('names the report, the chart and the active sectors', () => {
    const base = exportFileBase({
      reportId: 'beihai-2024',
      chart: 'growth-by-sector',
      sectors: ['industry', 'trade'],
    });
    expect(exportFileName(base, 'png')).toBe('beihai-2024-growth-by-sector-industry-trade.png');
  });

  it('lists sectors in taxonomy order, whatever order they were chosen in', () => {
    const a = exportFileBase({
      reportId: 'china-2024',
      chart: 'targets',
      sectors: ['trade', 'economy'],
    });
    const b = exportFileBase({
      reportId: 'china-2024',
      chart: 'targets',
      sectors: ['economy', 'trade'],
    });
    expect(a).toBe('china-2024-targets-economy-trade');
    expect(b).toBe(a);
  });

  it('says all-sectors when no sector filter is active or every sector is chosen', () => {
    expect(exportFileBase({ reportId: 'shanghai-2024', chart: 'indicators', sectors: 'all' })).toBe(
      'shanghai-2024-indicators-all-sectors',
    );
    expect(
      exportFileBase({ reportId: 'shanghai-2024', chart: 'indicators', sectors: SECTOR_IDS }),
    ).toBe('shanghai-2024-indicators-all-sectors');
    expect(exportFileBase({ reportId: 'shanghai-2024', chart: 'indicators', sectors: [] })).toBe(
      'shanghai-2024-indicators-no-sectors',
    );
  });

  it('keeps names to safe ASCII, even for titles in Chinese or with punctuation', () => {
    expect(slugify('Growth: 2023 result vs. 2024 goal!')).toBe('growth-2023-result-vs-2024-goal');
    expect(slugify('Café Übersicht')).toBe('cafe-ubersicht');
    const base = exportFileBase({
      reportId: 'beihai-2024',
      chart: '增长目标',
      sectors: ['economy'],
    });
    expect(base).toBe('beihai-2024-chart-economy');
    expect(exportFileName(`${base}/../x y`, 'csv')).toMatch(/^[a-z0-9-]+\.csv$/);
  });
});
