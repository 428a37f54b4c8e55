import { describe, expect, it } from 'vitest';
import { datasetSchema } from '../../../../src/dataset/dataset-schema.ts';
import type { Dataset, Indicator } from '../../../../src/dataset/dataset-schema.ts';
import { buildHeadlineCards } from '../../../../src/features/headline-cards/headline-model.ts';
import fixture from '../../../fixtures/dashboard-fixture.json';

const dataset = datasetSchema.parse(fixture);

function renamed(map: Record<string, string>): Dataset {
  return {
    ...dataset,
    indicators: dataset.indicators.map((i) =>
      map[i.id] ? { ...i, subject: { zh: map[i.id]!, en: null, key: null, unclear: false } } : i,
    ),
  };
}

const summary = (cards: ReturnType<typeof buildHeadlineCards>) =>
  cards.map((c) => [c.key, c.actual?.id ?? null, c.target?.id ?? null]);

describe('headline cards', () => {
  it('shows both figures when a filter hides one, never “no figure stated” for it', () => {
    const goals = dataset.indicators.filter((indicator) => indicator.kind === 'target');
    const gdp = buildHeadlineCards(dataset, goals).find((card) => card.key === 'gdp');
    expect(gdp?.actual?.id).toBe('gdp-growth-2023');
    expect(gdp?.target?.id).toBe('gdp-growth-2024');
  });

  it('finds every headline by its wording, result and goal side by side', () => {
    expect(summary(buildHeadlineCards(dataset, dataset.indicators))).toEqual([
      ['gdp', 'gdp-growth-2023', 'gdp-growth-2024'],
      ['industry', 'industry-growth-2023', 'industry-growth-2024'],
      ['fiscal', 'fiscal-growth-2023', 'fiscal-growth-2024'],
      ['investment', 'fai-growth-2023', 'fai-growth-2024'],
      ['retail', 'retail-growth-2023', 'retail-growth-2024'],
      ['trade', 'trade-growth-2023', 'trade-growth-2024'],
      ['income', 'urban-income-growth-2023', null],
      ['cpi', 'cpi-growth-2023', 'cpi-growth-2024'],
      ['unemployment', 'unemployment-rate-2023', 'unemployment-rate-2024'],
    ]);
  });

  it('matches other reports’ wording, not this report’s numbers', () => {
    const other = renamed({
      'gdp-growth-2023': '国内生产总值',
      'gdp-growth-2024': '国内生产总值',
      'industry-growth-2023': '规模以上工业增加值',
      'industry-growth-2024': '规模以上工业增加值',
    });
    const cards = summary(buildHeadlineCards(other, other.indicators));
    expect(cards[0]).toEqual(['gdp', 'gdp-growth-2023', 'gdp-growth-2024']);
    expect(cards[1]).toEqual(['industry', 'industry-growth-2023', 'industry-growth-2024']);
  });

  it('takes the figure the report states first, as compare does, not a later detail', () => {
    const summary = dataset.indicators.find((i) => i.id === 'fai-growth-2023')!;
    const first: Indicator = {
      ...summary,
      subject: { zh: '全社会固定资产投资总额', en: null, key: null, unclear: false },
    };
    // A shorter wording of the same subject, stated later in the text.
    const later: Indicator = {
      ...summary,
      id: 'fai-detail',
      subject: { zh: '固定资产投资', en: null, key: null, unclear: false },
      value: 13.8,
      source: { ...summary.source, start: summary.source.start + 500 },
    };
    const cards = buildHeadlineCards(dataset, [later, first]);
    expect(cards.find((c) => c.key === 'investment')?.actual?.id).toBe('fai-growth-2023');
  });

  it('does not take a per-capita or share figure for GDP', () => {
    const perCapita: Indicator = {
      ...dataset.indicators.find((i) => i.id === 'gdp-growth-2023')!,
      id: 'per-capita',
      subject: { zh: '人均地区生产总值', en: null, key: null, unclear: false },
      value: 99,
      source: { ...dataset.indicators[0]!.source },
    };
    const cards = buildHeadlineCards(dataset, [perCapita]);
    expect(cards).toEqual([]);
  });

  it('follows the filters: a card shows only when its indicators pass them', () => {
    const visible = dataset.indicators.filter((i) => i.sector === 'livelihood');
    expect(summary(buildHeadlineCards(dataset, visible)).map(([key]) => key)).toEqual([
      'income',
      'cpi',
      'unemployment',
    ]);
  });
});
