import type { Comparator, Indicator } from '../dataset/dataset-schema.ts';
import type { ExportCell, ExportColumn } from '../dataset/table-files.ts';
import { unitLabel } from '../lib/i18n/format-indicator.ts';
import { comparatorWords, translate } from '../lib/i18n/i18n.ts';
import type { Lang } from '../lib/i18n/lang.ts';

/** What a value export needs of an indicator (or of a compare cell). */
export interface ExportedValue {
  value: number;
  unit: string;
  comparator: Comparator;
  upper: number | null;
  /** The parser that read it: a doubling (翻一番) is exported as 100 with its own wording. */
  rule?: string;
  /** The words the report used, e.g. 翻一番. */
  text?: string;
}

/**
 * A value as four columns an analyst can use (R's read.csv, a spreadsheet): the number, its
 * unit, its comparator and its upper bound, each in a column of its own. Shown on screen as
 * one formatted cell, so these columns are for the export only.
 */
export function valueColumns(prefix: string, heading: string | null, lang: Lang): ExportColumn[] {
  const label = (key: Parameters<typeof translate>[1]) =>
    heading ? `${heading} · ${translate(lang, key)}` : translate(lang, key);
  return [
    { key: `${prefix}value`, label: label('export.value'), only: 'export' },
    { key: `${prefix}unit`, label: label('export.unit'), only: 'export' },
    { key: `${prefix}comparator`, label: label('export.comparator'), only: 'export' },
    { key: `${prefix}upper`, label: label('export.upper'), only: 'export' },
  ];
}

export function exportedValue(indicator: Indicator): ExportedValue {
  const { value, unit, comparator, upper, evidence } = indicator;
  return { value, unit, comparator, upper, rule: evidence.rule, text: evidence.text };
}

/** The comparator in words; 翻一番 says so rather than "exactly". */
export function comparatorWording(value: ExportedValue, lang: Lang): string {
  if (value.rule === 'doubling' && value.text)
    return lang === 'zh' ? value.text : `${translate(lang, 'export.doubling')} (${value.text})`;
  return comparatorWords(value.comparator, lang);
}

/** The cells of `valueColumns`: blanks, not words, where there is no value. */
export function valueCells(
  prefix: string,
  value: ExportedValue | null | undefined,
  lang: Lang,
): Record<string, ExportCell> {
  return {
    [`${prefix}value`]: value ? value.value : null,
    [`${prefix}unit`]: value ? unitLabel(value.unit, lang).trim() || value.unit || null : null,
    [`${prefix}comparator`]: value ? comparatorWording(value, lang) : null,
    [`${prefix}upper`]: value?.upper ?? null,
  };
}
