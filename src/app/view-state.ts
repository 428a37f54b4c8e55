import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { RANGE_RULES, VERDICTS } from '../dataset/verdicts.ts';
import type { RangeRule, Verdict } from '../dataset/verdicts.ts';
import { KINDS, MEASURES, SECTOR_IDS } from '../dataset/dataset-vocabulary.ts';
import type { Kind, Measure, SectorId } from '../dataset/dataset-vocabulary.ts';
import { LANGS } from '../lib/i18n/lang.ts';
import type { Lang } from '../lib/i18n/lang.ts';

export const THEMES = ['light', 'dark'] as const;
export type ThemeChoice = (typeof THEMES)[number];

/** The page's views, switched from the header; the first is the default (no parameter). */
export const APP_VIEWS = ['dashboard', 'ledger', 'compare'] as const;
export type AppView = (typeof APP_VIEWS)[number];

/** How the ledger reads a range goal: inside it, or at least its lower bound (the default). */

/** A tolerance for 左右 goals, in 百分点: 0 to 10, at most two decimals. */
const TOLERANCE = /^(?:10|\d)(?:\.\d{1,2})?$/;
const MAX_TOLERANCE = 10;

/**
 * Everything a person would want a copied link to reproduce. `sectors: null` means every
 * sector (no parameter); an empty array means none (`sectors=none`).
 */
export interface ViewState {
  report: string | null;
  sectors: readonly SectorId[] | null;
  measure: Measure | null;
  year: number | null;
  kind: Kind | null;
  q: string;
  lang: Lang;
  theme: ThemeChoice | null;
  patterns: boolean;
  indicator: string | null;
  /** Reports chosen for the comparison, in the order chosen (`?compare=beihai-2024,china-2024`). */
  compare: readonly string[];
  /** The sector-view tab shown (`?tab=levels`); null: the first. */
  tab: string | null;
  /** The unit the levels chart shows (`?unit=亿元`); null: the first. */
  unit: string | null;
  view: AppView;
  /** The ledger's 左右 tolerance in 百分点; null reads 左右 strictly (`?tol=0.5`). */
  tolerance: number | null;
  range: RangeRule;
  /** Ledger filters: a place by its Chinese name (全国, 上海市), a subject key, a verdict. */
  place: string | null;
  subject: string | null;
  verdict: Verdict | null;
  /** The ledger shows headline subjects only unless this is set (`?subjects=all`). */
  allSubjects: boolean;
}

export const DEFAULT_VIEW: ViewState = {
  report: null,
  sectors: null,
  measure: null,
  year: null,
  kind: null,
  q: '',
  lang: 'zh',
  theme: null,
  patterns: false,
  indicator: null,
  compare: [],
  tab: null,
  unit: null,
  view: 'dashboard',
  tolerance: null,
  range: 'lower-bound',
  place: null,
  subject: null,
  verdict: null,
  allSubjects: false,
};

function oneOf<T extends string>(values: readonly T[], raw: string | null): T | null {
  return raw !== null && (values as readonly string[]).includes(raw) ? (raw as T) : null;
}

/** A free-text parameter: trimmed, and absent when empty or absurdly long. */
function shortText(raw: string | null): string | null {
  const text = raw?.trim() ?? '';
  return text.length > 0 && text.length <= 80 ? text : null;
}

/** Unknown or malformed parameters fall back to defaults rather than breaking the page. */
export function parseViewState(search: string): ViewState {
  const params = new URLSearchParams(search);
  const rawSectors = params.get('sectors');
  let sectors: SectorId[] | null = null;
  if (rawSectors === 'none') sectors = [];
  else if (rawSectors !== null) {
    sectors = rawSectors
      .split(',')
      .map((part) => oneOf(SECTOR_IDS, part.trim()))
      .filter((id): id is SectorId => id !== null);
    if (sectors.length === 0) sectors = null;
  }
  const rawYear = params.get('year');
  const year = rawYear !== null && /^\d{4}$/.test(rawYear) ? Number(rawYear) : null;
  const report = params.get('report');
  const tab = params.get('tab');
  const unit = params.get('unit');
  const rawTolerance = params.get('tol');
  const tolerance =
    rawTolerance !== null && TOLERANCE.test(rawTolerance) && Number(rawTolerance) <= MAX_TOLERANCE
      ? Number(rawTolerance)
      : null;
  return {
    report: report !== null && /^[a-z0-9][a-z0-9-]*$/.test(report) ? report : null,
    sectors,
    measure: oneOf(MEASURES, params.get('measure')),
    year,
    kind: oneOf(KINDS, params.get('kind')),
    q: params.get('q') ?? '',
    lang: oneOf(LANGS, params.get('lang')) ?? DEFAULT_VIEW.lang,
    theme: oneOf(THEMES, params.get('theme')),
    patterns: params.get('patterns') === '1',
    indicator: params.get('indicator'),
    compare: [
      ...new Set(
        (params.get('compare') ?? '')
          .split(',')
          .map((id) => id.trim())
          .filter((id) => /^[a-z0-9][a-z0-9-]*$/.test(id)),
      ),
    ],
    tab: tab !== null && /^[a-z]{1,16}$/.test(tab) ? tab : null,
    // A unit as the report writes it (亿元, %, 万平方米): short, no markup.
    unit: unit !== null && unit.length > 0 && unit.length <= 12 && !/[<>]/.test(unit) ? unit : null,
    view: oneOf(APP_VIEWS, params.get('view')) ?? DEFAULT_VIEW.view,
    tolerance,
    range: oneOf(RANGE_RULES, params.get('range')) ?? DEFAULT_VIEW.range,
    place: shortText(params.get('place')),
    // A subject key is gdp for a known subject, the Chinese words for any other.
    subject: shortText(params.get('subject')),
    verdict: oneOf(VERDICTS, params.get('verdict')),
    allSubjects: params.get('subjects') === 'all',
  };
}

/** The query string for a view; defaults are left out so links stay short. */
export function serializeViewState(view: ViewState): string {
  const params = new URLSearchParams();
  if (view.report) params.set('report', view.report);
  if (view.sectors !== null) {
    params.set('sectors', view.sectors.length === 0 ? 'none' : view.sectors.join(','));
  }
  if (view.measure) params.set('measure', view.measure);
  if (view.year !== null) params.set('year', String(view.year));
  if (view.kind) params.set('kind', view.kind);
  if (view.q) params.set('q', view.q);
  if (view.lang !== DEFAULT_VIEW.lang) params.set('lang', view.lang);
  if (view.theme) params.set('theme', view.theme);
  if (view.patterns) params.set('patterns', '1');
  if (view.indicator) params.set('indicator', view.indicator);
  if (view.compare.length > 0) params.set('compare', view.compare.join(','));
  if (view.tab) params.set('tab', view.tab);
  if (view.unit) params.set('unit', view.unit);
  if (view.view !== DEFAULT_VIEW.view) params.set('view', view.view);
  if (view.tolerance !== null) params.set('tol', String(view.tolerance));
  if (view.range !== DEFAULT_VIEW.range) params.set('range', view.range);
  if (view.place) params.set('place', view.place);
  if (view.subject) params.set('subject', view.subject);
  if (view.verdict) params.set('verdict', view.verdict);
  if (view.allSubjects) params.set('subjects', 'all');
  const query = params.toString().replace(/%2C/g, ',');
  return query ? `?${query}` : '';
}

const CHANGE_EVENT = 'zhibiao:urlchange';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(CHANGE_EVENT, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(CHANGE_EVENT, onChange);
  };
}

function getSearch(): string {
  return window.location.search;
}

export type ViewUpdate = Partial<ViewState> | ((view: ViewState) => Partial<ViewState>);

/**
 * Writes a view into the address bar. A new report, view or comparison is a new history entry (Back
 * returns to the previous one); filter changes replace the entry so Back does not replay typing,
 * and so does a correction of the link itself (`replace`).
 */
export function updateViewState(update: ViewUpdate, { replace = false } = {}): void {
  const current = parseViewState(window.location.search);
  const patch = typeof update === 'function' ? update(current) : update;
  const next = { ...current, ...patch };
  const url = `${window.location.pathname}${serializeViewState(next)}${window.location.hash}`;
  // Choosing which reports to compare is a step Back should undo, like choosing a report.
  const moved =
    (patch.report !== undefined && patch.report !== current.report) ||
    (patch.view !== undefined && patch.view !== current.view) ||
    (patch.compare !== undefined && patch.compare.join(',') !== current.compare.join(','));
  if (!replace && moved) {
    window.history.pushState(null, '', url);
  } else {
    window.history.replaceState(null, '', url);
  }
  window.dispatchEvent(new Event(CHANGE_EVENT));
}

/** The query string as it is, bad values included (parseViewState drops them). */
export function useLocationSearch(): string {
  return useSyncExternalStore(subscribe, getSearch, () => '');
}

/** The view state kept in the query string, and a setter that writes it back. */
export function useViewState(): [ViewState, (update: ViewUpdate) => void] {
  const search = useLocationSearch();
  const view = useMemo(() => parseViewState(search), [search]);
  const setView = useCallback((update: ViewUpdate) => updateViewState(update), []);
  return [view, setView];
}

/**
 * Opening another report keeps the filters that still apply (sectors, measure, kind, search,
 * the sector-view tab and the levels unit; a year the new report lacks is dropped when it
 * loads) and forgets the selected indicator, whose id belongs to the old report.
 */
export function switchReport(report: string): Partial<ViewState> {
  return { report, indicator: null };
}
