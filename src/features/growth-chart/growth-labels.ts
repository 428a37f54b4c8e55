import type { Indicator } from '../../dataset/dataset-schema.ts';
import { COMPARATOR_SYMBOL } from '../../lib/i18n/format-indicator.ts';
import { formatNumber } from '../../lib/i18n/i18n.ts';
import type { Lang } from '../../lib/i18n/lang.ts';
import { connectorEnd } from './growth-marks.ts';
import type { GrowthRow } from './growth-model.ts';

/** A value as a label prints it, with its unit: "5.8%". */
export function valueLabel(value: number, unit: string, lang: Lang): string {
  return `${formatNumber(value, lang)}${unit}`;
}

/** The label printed next to a goal mark: its comparator as a symbol, its number and unit. */
export function goalMarkLabel(target: Indicator, lang: Lang): string {
  const value = formatNumber(target.value, lang);
  if (target.comparator === 'range') {
    return `${value}–${valueLabel(target.upper ?? target.value, target.unit, lang)}`;
  }
  const symbol = target.comparator === 'eq' ? '' : COMPARATOR_SYMBOL[target.comparator];
  return `${symbol}${value}${target.unit}`;
}

/**
 * The label of a mark beyond the axis' end, e.g. "396% ▶": its real value (`text`), bold, on
 * the plot's side of the arrow so it is not cut at the chart's edge.
 */
export function beyondAxisLabel(text: string, beyond: 'high' | 'low') {
  return {
    show: true,
    position: beyond === 'high' ? ('left' as const) : ('right' as const),
    formatter: beyond === 'high' ? `${text} ▶` : `◀ ${text}`,
    fontWeight: 'bold' as const,
  };
}

export type LabelSide = 'left' | 'right' | 'top';

/**
 * Where a row's two value labels go so that neither lands on the other mark or on the
 * connector: each on the outer side of the pair (the larger value's label to its right,
 * the smaller's to its left). A smaller value too close to the axis start for a label on
 * its left gets it above the mark instead, clear of the subject names. A row with one mark
 * labels it on the side with room.
 */
export function growthLabelSides(
  row: GrowthRow,
  axis: { min: number; max: number },
  compact = false,
): { actual: LabelSide; target: LabelSide } {
  const span = axis.max - axis.min || 1;
  const leftRoom = (value: number): LabelSide =>
    (value - axis.min) / span >= (compact ? 0.16 : 0.07) ? 'left' : 'top';
  if (!row.actual || !row.target) {
    // A lone mark near the end labels inwards: on a phone its label also carries the tag
    // 仅有结果, which would run off the chart.
    const value = (row.actual ?? row.target)?.value ?? 0;
    const side = (value - axis.min) / span > (compact ? 0.5 : 0.85) ? 'left' : 'right';
    return { actual: side, target: side };
  }
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
