import type { XAXisComponentOption, YAXisComponentOption } from 'echarts';
import type { Bilingual, SectorId } from '../dataset/dataset-schema.ts';
import { subjectLabel } from './i18n.ts';
import type { Lang } from './i18n.ts';
import { SECTOR_COLORS } from './sector-colors.ts';

/**
 * The subject axis every row chart shares: one category per row (by index, because two
 * rows may share a subject), labelled with a dot in the sector's colour and the subject in
 * the current language. `note(index)` may append rich text such as `{muted|仅有结果}`.
 */
export function subjectAxis(
  rows: readonly { sector: SectorId; subject: Bilingual }[],
  lang: Lang,
  note: (index: number) => string = () => '',
  compact = false,
): YAXisComponentOption {
  const rich: Record<string, { color: string; fontSize?: number }> = {
    muted: { color: '#8a939c', fontSize: 11 },
  };
  for (const row of rows) rich[row.sector] = { color: SECTOR_COLORS[row.sector] };
  const labels = rows.map(
    (row, index) => `{${row.sector}|●} ${subjectLabel(row.subject, lang)}${note(index)}`,
  );
  return {
    type: 'category',
    inverse: true,
    data: rows.map((_, index) => String(index)),
    axisTick: { show: false },
    axisLabel: {
      formatter: (value: string) => labels[Number(value)] ?? '',
      rich,
      // On a phone the labels give up width to the plot; the full name is in the tooltip.
      width: compact ? (lang === 'zh' ? 96 : 110) : lang === 'zh' ? 190 : 230,
      overflow: 'truncate',
    },
  };
}

export function valueAxis(unitSuffix: string, min?: number, max?: number): XAXisComponentOption {
  return {
    type: 'value',
    min,
    max,
    axisLabel: { formatter: `{value}${unitSuffix}` },
    splitLine: { lineStyle: { type: 'dashed', opacity: 0.5 } },
  };
}
