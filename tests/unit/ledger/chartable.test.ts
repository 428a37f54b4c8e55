import { describe, expect, it } from 'vitest';
import { datasetSchema } from '../../../src/dataset/dataset-schema.ts';
import type { Dataset, Indicator } from '../../../src/dataset/dataset-schema.ts';
import { buildCompareModel } from '../../../src/features/compare/compare-model.ts';
import {
  buildGrowthRows,
  buildGrowthTargetRows,
} from '../../../src/features/growth-chart/growth-model.ts';
import { buildHeadlineCards } from '../../../src/features/headline-cards/headline-model.ts';
import {
  buildLevelGroups,
  buildSectorGrowthRows,
  buildShareRows,
} from '../../../src/features/sector-views/bar-model.ts';
import { indicatorSubjectKey, isChartable, reportParts } from '../../../src/ledger/chartable.ts';
import fixture from '../../fixtures/dashboard-fixture.json';

const base = datasetSchema.parse(fixture);
const byId = (id: string) => base.indicators.find((indicator) => indicator.id === id)!;

/** A copy of a fixture indicator under a new id, with what the extractor would have said. */
function variant(from: string, id: string, patch: Partial<Indicator>): Indicator {
  const original = byId(from);
  return { ...original, ...patch, id, subject: { ...original.subject, ...patch.subject } };
}

// The kinds of figure issue 8 found on charts: a five-year total passed off as last year's
// growth, a bare 企业 at +50%, a number with no year, each the biggest value of its chart.
const fiveYear = variant('urban-income-growth-2023', 'five-year-income', {
  subject: { zh: '城镇居民人均可支配收入', en: null, key: 'income-urban', unclear: false },
  value: 34.3,
  period: { from: 2021, to: 2025 },
});
const fiveYearGoal = variant('gdp-growth-2024', 'five-year-gdp-goal', {
  value: 30,
  period: { from: 2026, to: 2030 },
});
const bareNoun = variant('industry-growth-2023', 'bare-enterprises', {
  subject: { zh: '企业', en: null, key: null, unclear: true },
  value: 50,
});
const yearless = variant('retail-growth-2023', 'yearless', { year: null, value: 77 });
const unclearLevel = variant('grain-level-2023', 'unclear-level', {
  subject: { zh: '项目', en: null, key: null, unclear: true },
  unit: '万吨',
  value: 58,
});
const unclearShare = variant('services-share-2023', 'unclear-share', {
  subject: { zh: '满意率', en: null, key: null, unclear: true },
  value: 99,
});
const estimate = variant('trade-growth-2023', 'estimated-trade', { estimated: true });

const strays = [fiveYear, fiveYearGoal, bareNoun, yearless, unclearLevel, unclearShare];
const dataset: Dataset = { ...base, indicators: [...strays, ...base.indicators] };
const strayIds = new Set(strays.map((indicator) => indicator.id));
const charted = (ids: readonly (string | undefined)[]) => ids.filter((id) => strayIds.has(id!));

describe('isChartable: only a single year’s figure with a named subject is drawn', () => {
  it('refuses figures over several years, without a year, or with a bare generic subject', () => {
    expect(strays.filter(isChartable)).toEqual([]);
    expect(isChartable(byId('gdp-growth-2023'))).toBe(true);
    // An estimate is still the year's result; the table marks it as an estimate.
    expect(isChartable(estimate)).toBe(true);
  });

  it('keeps them off the main growth chart and the goals-by-sector view', () => {
    const rows = buildGrowthRows(dataset, dataset.indicators);
    expect(charted(rows.flatMap((row) => [row.actual?.id, row.target?.id]))).toEqual([]);
    expect(Math.max(...rows.map((row) => row.actual?.value ?? 0))).toBe(9.2);
    expect(charted(buildGrowthTargetRows(dataset, dataset.indicators).map((r) => r.key))).toEqual(
      [],
    );
  });

  it('keeps them off the headline cards: the income card shows the 2023 growth, not 34.3%', () => {
    const cards = buildHeadlineCards(dataset, dataset.indicators);
    expect(cards.find((card) => card.key === 'income')?.actual?.value).toBe(4.4);
    expect(cards.find((card) => card.key === 'gdp')?.target?.value).toBe(5.5);
    expect(charted(cards.flatMap((card) => [card.actual?.id, card.target?.id]))).toEqual([]);
  });

  it('keeps them off the sector growth bars, the levels and the shares', () => {
    expect(
      charted(buildSectorGrowthRows(dataset, dataset.indicators).map((r) => r.indicatorId)),
    ).toEqual([]);
    const levels = buildLevelGroups(dataset.indicators).flatMap((group) => group.rows);
    expect(charted(levels.map((row) => row.indicatorId))).toEqual([]);
    const shares = buildShareRows(dataset.indicators).map((row) => row.indicatorId);
    expect(charted(shares)).toEqual([]);
    // The fixture's 2024–2025 urbanisation goal covers two years: not a bar either.
    expect(shares).not.toContain('urbanisation-rate-2025');
  });

  it('keeps them out of compare: the five-year figures never stand for a year', () => {
    const other: Dataset = {
      ...base,
      report: { ...base.report, id: 'other-2024' },
      indicators: base.indicators,
    };
    const model = buildCompareModel([dataset, other], null);
    const values = model.rows.flatMap((row) =>
      row.cells.flatMap((cell) => [cell.actual?.indicatorId, cell.target?.indicatorId]),
    );
    expect(charted(values)).toEqual([]);
    const gdp = model.rows.find((row) => row.subjectKey === 'gdp')!;
    expect(gdp.cells[0]?.target?.value).toBe(5.5);
  });
});

describe('subject.key, where the extractor wrote one, lines subjects up', () => {
  // Wording the dictionary does not know, but the extractor recognised as GDP.
  const keyed = (id: string, zh: string) =>
    variant(id, `${id}-keyed`, { subject: { zh, en: null, key: 'gdp', unclear: false } });
  const gdpActual = keyed('gdp-growth-2023', '全市经济总量');
  const gdpTarget = keyed('gdp-growth-2024', '经济总量');
  const rest = base.indicators.filter((i) => !i.id.startsWith('gdp-growth'));
  const renamed: Dataset = { ...base, indicators: [gdpActual, gdpTarget, ...rest] };

  it('fills the GDP card from the key, whatever the wording', () => {
    expect(indicatorSubjectKey(gdpActual)).toBe('gdp');
    const gdp = buildHeadlineCards(renamed, renamed.indicators).find((c) => c.key === 'gdp');
    expect([gdp?.actual?.id, gdp?.target?.id]).toEqual([gdpActual.id, gdpTarget.id]);
  });

  it('matches 经济总量 in one report with 地区生产总值 in another in compare', () => {
    const model = buildCompareModel(
      [renamed, { ...base, report: { ...base.report, id: 'b' } }],
      null,
    );
    const gdp = model.rows.find((row) => row.subjectKey === 'gdp')!;
    expect(gdp.cells.map((cell) => cell.actual?.value)).toEqual([5.8, 5.8]);
  });

  it('falls back to the dictionary’s reading of the words when the key is null', () => {
    expect(indicatorSubjectKey(byId('gdp-growth-2023'))).toBe('gdp');
  });
});

describe('reportParts', () => {
  it('finds a part only when a section is that part and the report has its year', () => {
    expect(reportParts(base)).toEqual({ review: true, plan: true });
    const noYears = { ...base, report: { ...base.report, reviewYear: null, planYear: null } };
    expect(reportParts(noYears)).toEqual({ review: false, plan: false });
    const reviewOnly = { ...base, sections: base.sections.filter((s) => s.part === 'review') };
    expect(reportParts(reviewOnly)).toEqual({ review: true, plan: false });
  });
});
