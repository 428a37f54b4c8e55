import type { XAXisComponentOption, YAXisComponentOption } from 'echarts';
import type { Bilingual, SectorId } from '../dataset/dataset-schema.ts';
import { subjectLabel } from './i18n/i18n.ts';
import type { Lang } from './i18n/lang.ts';
import { SECTOR_COLORS } from './sector-colors.ts';
import { estimateTextWidth } from './text-width.ts';

/** `text` shortened with an ellipsis to fit `maxWidth` px. */
export function fitText(text: string, maxWidth: number, fontSize = 12): string {
  if (estimateTextWidth(text, fontSize) <= maxWidth) return text;
  let kept = '';
  for (const char of text) {
    if (estimateTextWidth(`${kept}${char}…`, fontSize) > maxWidth) break;
    kept += char;
  }
  return `${kept.trimEnd()}…`;
}

/**
 * `text` on at most two lines of `maxWidth` px: English breaks between words, Chinese between
 * characters; only what still does not fit is shortened, at the end of the second line.
 */
export function wrapText(text: string, maxWidth: number, fontSize = 12): string {
  if (estimateTextWidth(text, fontSize) <= maxWidth) return text;
  const words = /\s/u.test(text) ? text.split(/(?<=\s)/u) : [...text];
  let first = '';
  let index = 0;
  for (; index < words.length; index += 1) {
    const next = `${first}${words[index]}`;
    if (first !== '' && estimateTextWidth(next.trimEnd(), fontSize) > maxWidth) break;
    first = next;
  }
  const rest = words.slice(index).join('');
  if (rest === '') return fitText(first.trim(), maxWidth, fontSize);
  return `${fitText(first.trimEnd(), maxWidth, fontSize)}\n${fitText(rest, maxWidth, fontSize)}`;
}

/** Widest a desktop label may grow before it wraps: room for the plot stays. */
const LABEL_CAP = { zh: 220, en: 320 } as const;

/**
 * The subject axis every row chart shares: one category per row (by index, because two
 * rows may share a subject), labelled with a dot in the sector's colour and the subject in
 * the current language. `note(index)` may add a muted remark such as 仅有结果 (not on a
 * phone, where the name needs all the room and the tooltip says it). The subject is
 * shortened here, not by ECharts, whose truncation of rich text cuts the remark into
 * stray letters; the remark itself is always shown whole.
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
  // On a phone the labels give up width to the plot and wrap onto a second line; on a desktop
  // they take what the longest needs, up to a cap, and wrap beyond it rather than cut.
  const remarks = rows.map((_, index) => (compact ? '' : note(index)));
  const needed = Math.max(
    0,
    ...rows.map(
      (row, index) =>
        16 +
        estimateTextWidth(subjectLabel(row.subject, lang), 12) +
        (remarks[index] ? estimateTextWidth(` ${remarks[index]}`, 11) : 0),
    ),
  );
  const width = compact ? (lang === 'zh' ? 96 : 110) : Math.min(LABEL_CAP[lang], needed);
  const labels = rows.map((row, index) => {
    const remark = remarks[index] ?? '';
    const room = width - 16 - (remark ? estimateTextWidth(` ${remark}`, 11) : 0);
    const subject = wrapText(subjectLabel(row.subject, lang), room);
    // The second line is indented past the dot so the name reads as one block.
    const text = subject.replace('\n', '\n    ');
    return `{${row.sector}|●} ${text}${remark ? ` {muted|${remark}}` : ''}`;
  });
  return {
    type: 'category',
    inverse: true,
    data: rows.map((_, index) => String(index)),
    axisTick: { show: false },
    // Every row has its own band, so every label shows; saying so spares ECharts measuring each
    // label to estimate an interval (the longest step of a first draw).
    axisLabel: {
      formatter: (value: string) => labels[Number(value)] ?? '',
      rich,
      lineHeight: 14,
      interval: 0,
    },
  };
}

/** How ticks print: a suffix after each ("%"), or scaled ticks under a unit name ("m²"). */
export interface AxisUnit {
  suffix: string;
  name?: string;
  format?: (value: number) => string;
}

export function valueAxis(
  unit: string | AxisUnit,
  min?: number,
  max?: number,
): XAXisComponentOption {
  const { suffix, name, format } = typeof unit === 'string' ? { suffix: unit } : unit;
  return {
    type: 'value',
    min,
    max,
    ...(name ? { name, nameLocation: 'end' as const, nameGap: 6 } : {}),
    // Phone-narrow plots would otherwise print 10%20%30% run together.
    axisLabel: { formatter: format ?? `{value}${suffix}`, hideOverlap: true },
    splitLine: { lineStyle: { type: 'dashed', opacity: 0.5 } },
  };
}

/**
 * Where a value axis should stop when a few outliers (实际使用外资增长396%) would squash
 * every other value against zero: a round number above most values. null when nothing
 * stands that far out.
 */
export function outlierBound(values: readonly number[]): number | null {
  const magnitudes = values.map(Math.abs).sort((a, b) => a - b);
  if (magnitudes.length < 4) return null;
  const typical = magnitudes[Math.floor((magnitudes.length - 1) * 0.85)] ?? 0;
  const bound = Math.max(10, Math.ceil((typical * 1.5) / 5) * 5);
  const largest = magnitudes[magnitudes.length - 1] ?? 0;
  return largest > bound * 1.5 ? bound : null;
}
