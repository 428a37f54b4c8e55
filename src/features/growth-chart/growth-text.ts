import type { Comparator, Indicator } from '../../dataset/dataset-schema.ts';
import { sectorLabel } from '../../dataset/sector-taxonomy.ts';
import { escapeHtml } from '../../lib/escape-html.ts';
import { formatIndicatorValue } from '../../lib/i18n/format-indicator.ts';
import { comparatorWords, formatNumber, subjectLabel, translate } from '../../lib/i18n/i18n.ts';
import { growthGap } from './growth-model.ts';
import type { GrowthRow } from './growth-model.ts';
import type { GrowthOptionContext } from './growth-option.ts';

function yearLabel(year: number | null): string {
  return year === null ? '' : String(year);
}

export function goalSeriesName(comparator: Comparator, ctx: GrowthOptionContext): string {
  return translate(ctx.lang, `growth.goal.${comparator}`, { year: yearLabel(ctx.planYear) });
}

export function resultSeriesName(ctx: GrowthOptionContext): string {
  return translate(ctx.lang, 'growth.result', { year: yearLabel(ctx.reviewYear) });
}

export function tooltipHtml(row: GrowthRow, ctx: GrowthOptionContext): string {
  const { lang } = ctx;
  const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
    translate(lang, key, params);
  const lines = [
    `<strong>${escapeHtml(subjectLabel(row.subject, lang))}</strong>`,
    `<span class="tt-muted">${escapeHtml(sectorLabel(row.sector, lang))}</span>`,
  ];
  const part = (label: string, indicator: Indicator) =>
    `${escapeHtml(label)}: <strong>${escapeHtml(formatIndicatorValue(indicator, lang))}</strong>` +
    // A plain number needs no "(等于)"; only 以上/以内/左右/a range are worth saying.
    (indicator.comparator === 'eq'
      ? ''
      : ` (${escapeHtml(comparatorWords(indicator.comparator, lang))})`) +
    `<br/><q>${escapeHtml(indicator.source.quote)}</q>`;
  if (row.actual) lines.push(part(resultSeriesName(ctx), row.actual));
  else lines.push(escapeHtml(t('growth.only.target')));
  if (row.target) {
    lines.push(part(t('growth.goal', { year: yearLabel(ctx.planYear) }), row.target));
  } else lines.push(escapeHtml(t('growth.only.actual')));
  const gap = growthGap(row);
  lines.push(
    escapeHtml(
      gap === null ? t('growth.gap.none') : t('growth.gap', { gap: formatNumber(gap, lang, true) }),
    ),
  );
  return `<div class="chart-tooltip">${lines.join('<br/>')}</div>`;
}

/** A plain-language summary for screen readers: every row's result and goal. */
export function describeGrowthRows(rows: readonly GrowthRow[], ctx: GrowthOptionContext): string {
  const items = rows
    .map((row) => {
      const parts = [subjectLabel(row.subject, ctx.lang)];
      if (row.actual)
        parts.push(`${resultSeriesName(ctx)} ${formatIndicatorValue(row.actual, ctx.lang)}`);
      if (row.target) {
        parts.push(
          `${translate(ctx.lang, 'growth.goal', { year: yearLabel(ctx.planYear) })} ${formatIndicatorValue(row.target, ctx.lang)}`,
        );
      }
      return parts.join(' ');
    })
    .join(ctx.lang === 'zh' ? '；' : '; ');
  return translate(ctx.lang, 'growth.aria', { count: rows.length, items });
}
