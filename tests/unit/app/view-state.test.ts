import { describe, expect, it } from 'vitest';
import {
  DEFAULT_VIEW,
  parseViewState,
  serializeViewState,
  switchReport,
} from '../../../src/app/view-state.ts';

describe('view state in the query string', () => {
  it('round-trips every field a copied link must reproduce', () => {
    const view = {
      ...DEFAULT_VIEW,
      report: 'shanghai-2024',
      sectors: ['industry', 'trade'] as const,
      measure: 'growth' as const,
      year: 2024,
      kind: 'target' as const,
      q: '生产总值',
      lang: 'en' as const,
      theme: 'dark' as const,
      patterns: true,
      indicator: 'gdp-growth-2024',
      tab: 'levels',
      unit: '万平方米',
    };
    const search = serializeViewState(view);
    expect(search).toContain('sectors=industry,trade');
    expect(parseViewState(search)).toEqual(view);
  });

  it('keeps the filters that still apply when another report is opened', () => {
    const view = {
      ...DEFAULT_VIEW,
      sectors: ['trade'] as const,
      kind: 'target' as const,
      q: 'GDP',
    };
    const next = { ...view, indicator: 'i1-2', tab: 'levels', ...switchReport('china-2024') };
    expect(next).toMatchObject({
      report: 'china-2024',
      sectors: ['trade'],
      kind: 'target',
      q: 'GDP',
      tab: 'levels',
      indicator: null,
    });
  });

  it('leaves defaults out, so the plain page has a plain URL', () => {
    expect(serializeViewState(DEFAULT_VIEW)).toBe('');
    expect(parseViewState('')).toEqual(DEFAULT_VIEW);
  });

  it('tells "no sectors" apart from "all sectors"', () => {
    expect(parseViewState('?sectors=none').sectors).toEqual([]);
    expect(serializeViewState({ ...DEFAULT_VIEW, sectors: [] })).toBe('?sectors=none');
    expect(parseViewState('?sectors=').sectors).toBeNull();
  });

  it('ignores values it does not know instead of breaking the page', () => {
    const view = parseViewState(
      '?sectors=industry,bogus&measure=speed&kind=wish&lang=fr&year=24&theme=neon&report=../x',
    );
    expect(view).toEqual({ ...DEFAULT_VIEW, sectors: ['industry'] });
  });
});

describe('the ledger view in the query string', () => {
  it('round-trips the view, the rule and the ledger filters', () => {
    const view = {
      ...DEFAULT_VIEW,
      view: 'ledger' as const,
      tolerance: 0.5,
      range: 'within' as const,
      place: '上海市',
      subject: 'gdp',
      verdict: 'missed' as const,
      allSubjects: true,
    };
    const search = serializeViewState(view);
    expect(search).toContain('view=ledger');
    expect(search).toContain('subjects=all');
    expect(search).toContain('tol=0.5');
    expect(parseViewState(search)).toEqual(view);
  });

  it('keeps the report dashboard and the strict rule out of the URL', () => {
    expect(serializeViewState({ ...DEFAULT_VIEW, view: 'dashboard', range: 'lower-bound' })).toBe(
      '',
    );
    expect(parseViewState('?view=ledger').tolerance).toBeNull();
  });

  it('refuses tolerances that are negative, huge or not numbers, and unknown verdicts', () => {
    for (const tol of ['-1', '11', 'abc', '0.123', '']) {
      expect(parseViewState(`?tol=${tol}`).tolerance).toBeNull();
    }
    expect(parseViewState('?tol=0').tolerance).toBe(0);
    expect(parseViewState('?verdict=maybe&view=other&range=sideways')).toEqual(DEFAULT_VIEW);
  });
});
