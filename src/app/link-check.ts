import { KINDS, MEASURES, SECTOR_IDS } from '../dataset/dataset-vocabulary.ts';
import type { ViewState } from './view-state.ts';

/**
 * A link that names what is not there (a report id that does not exist, `../../etc/passwd`,
 * a sector that was renamed) must not show something else silently. This says what was
 * dropped, so the page can tell the reader and write the corrected URL back.
 */
export const LINK_PARAMS = [
  'report',
  'sectors',
  'measure',
  'kind',
  'indicator',
  'compare',
] as const;
export type LinkParam = (typeof LINK_PARAMS)[number];

export interface LinkCorrection {
  param: LinkParam;
  /** The value as the link had it, for quoting back to the reader (rendered as text only). */
  value: string;
}

export interface LinkCheck {
  corrections: LinkCorrection[];
  /** What to write into the view so the URL matches what is shown. */
  patch: Partial<ViewState>;
}

export interface KnownIds {
  reports: readonly string[];
  /** The open report's indicator ids, once its dataset is loaded. */
  indicators: readonly string[] | null;
}

/** Long or odd values are quoted shortened: a notice is one line. */
const MAX_QUOTED = 40;

function quoted(value: string): string {
  return value.length > MAX_QUOTED ? `${value.slice(0, MAX_QUOTED - 1)}…` : value;
}

function listed(raw: string): string[] {
  return raw
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/** Checks the link's parameters against what exists; an empty list means the link is sound. */
export function checkViewLink(search: string, known: KnownIds): LinkCheck {
  const params = new URLSearchParams(search);
  const corrections: LinkCorrection[] = [];
  const patch: Partial<ViewState> = {};
  const drop = (param: LinkParam, value: string) =>
    corrections.push({ param, value: quoted(value) });

  const report = params.get('report');
  if (report !== null && !known.reports.includes(report)) {
    drop('report', report);
    patch.report = null;
  }
  const sectors = params.get('sectors');
  if (sectors !== null && sectors !== 'none') {
    const parts = listed(sectors);
    const unknown = parts.filter((part) => !(SECTOR_IDS as readonly string[]).includes(part));
    if (unknown.length > 0) {
      drop('sectors', unknown.join(','));
      const kept = parts.filter((part) => !unknown.includes(part));
      patch.sectors = kept.length > 0 ? (kept as ViewState['sectors']) : null;
    }
  }
  for (const [param, values] of [
    ['measure', MEASURES],
    ['kind', KINDS],
  ] as const) {
    const value = params.get(param);
    if (value !== null && !(values as readonly string[]).includes(value)) {
      drop(param, value);
      patch[param] = null;
    }
  }
  const indicator = params.get('indicator');
  if (indicator !== null && known.indicators !== null && !known.indicators.includes(indicator)) {
    drop('indicator', indicator);
    patch.indicator = null;
  }
  const compare = params.get('compare');
  if (compare !== null) {
    const parts = listed(compare);
    const unknown = parts.filter((id) => !known.reports.includes(id));
    if (unknown.length > 0) {
      drop('compare', unknown.join(','));
      patch.compare = [...new Set(parts.filter((id) => known.reports.includes(id)))];
    }
  }
  return { corrections, patch };
}
