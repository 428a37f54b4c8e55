import type { Indicator } from '../../dataset/dataset-schema.ts';
import { COMPARATOR_SYMBOL } from '../../lib/i18n/format-indicator.ts';
import { formatNumber } from '../../lib/i18n/i18n.ts';
import type { Lang } from '../../lib/i18n/lang.ts';
import { connectorEnd } from './growth-marks.ts';
import type { GrowthRow } from './growth-model.ts';

/** The label printed next to a goal mark: its comparator as a symbol and its number. */
export function goalMarkLabel(target: Indicator, lang: Lang): string {
  const value = formatNumber(target.value, lang);
  if (target.comparator === 'range') {
    return `${value}–${formatNumber(target.upper ?? target.value, lang)}`;
  }
  return target.comparator === 'eq' ? value : `${COMPARATOR_SYMBOL[target.comparator]}${value}`;
}

/** The real value next to a mark pushed to the axis edge, e.g. "396% ▶". */
export function clippedLabel(
  value: number,
  bound: number | null,
  lang: Lang,
  position: 'top' | 'side' = 'side',
) {
  if (bound === null || Math.abs(value) <= bound) return {};
  const text = `${formatNumber(value, lang)}%`;
  const side = value > 0 ? ('left' as const) : ('right' as const);
  return {
    label: {
      show: true,
      // A result and its goal can both be clipped to the same edge; goals label above.
      position: position === 'top' ? ('top' as const) : side,
      formatter: value > 0 ? `${text} ▶` : `◀ ${text}`,
      fontWeight: 'bold' as const,
    },
  };
}

export type LabelSide = 'left' | 'right' | 'top';

/**
 * Where a row's two value labels go so that neither lands on the other mark or on the
 * connector: each on the outer side of the pair (the larger value's label to its right,
 * the smaller's to its left). A smaller value too close to the axis start for a label on
 * its left gets it above the mark instead, clear of the subject names.
 */
export function growthLabelSides(
  row: GrowthRow,
  axis: { min: number; max: number },
  compact = false,
): { actual: LabelSide; target: LabelSide } {
  const span = axis.max - axis.min || 1;
  const leftRoom = (value: number): LabelSide =>
    (value - axis.min) / span >= (compact ? 0.16 : 0.07) ? 'left' : 'top';
  if (!row.actual || !row.target) return { actual: 'right', target: 'right' };
  const goal = connectorEnd(row) ?? row.target.value;
  if (row.actual.value > goal) return { actual: 'right', target: leftRoom(goal) };
  return { actual: leftRoom(row.actual.value), target: 'right' };
}

/**
 * A label lifted above its mark sits close and a little smaller, so it stays inside its
 * own row instead of reaching the labels of the row above (rows are ~30 px apart).
 */
export function placed(side: LabelSide | undefined) {
  return side === 'top' ? { position: side, distance: 1, fontSize: 10 } : { position: side };
}
