import type { Indicator } from '../../dataset/dataset-schema.ts';
import { formatNumber } from './i18n.ts';
import type { Lang } from './lang.ts';
import { MAGNITUDE_FACTORS } from '../../extract/vocabulary/unit-vocabulary.ts';
import { SCOPE_ENGLISH } from '../../extract/vocabulary/place-vocabulary.ts';

/** English renderings of the report's units; anything missing is shown as written. */
const UNIT_EN: Record<string, string> = {
  '%': '%',
  个百分点: ' pp',
  百分点: ' pp',
  元: ' yuan',
  人次: ' visits',
  美元: ' US$',
  斤: ' jin',
  平方米: ' m²',
  套: ' units',
  辆: ' vehicles',
  标箱: ' TEU',
  千瓦: ' kW',
  场次: ' sessions',
  家次: ' visits to firms',
  万元: ' × 10k yuan',
  亿元: ' × 100m yuan',
  万亿元: ' trillion yuan',
  万吨: ' × 10k t',
  吨: ' t',
  万人: ' × 10k people',
  万人次: ' × 10k visits',
  人: ' people',
  万亩: ' × 10k mu',
  亩: ' mu',
  公里: ' km',
  千米: ' km',
  平方公里: ' km²',
  万平方米: ' × 10k m²',
  万户: ' × 10k households',
  万套: ' × 10k units',
  万辆: ' × 10k vehicles',
  万标箱: ' × 10k TEU',
  万千瓦: ' × 10k kW',
  万个: ' × 10k',
  万: ' × 10k',
  亿: ' × 100m',
  亿人次: ' × 100m visits',
  万亿斤: ' trillion jin',
  亿美元: ' × 100m US$',
  公顷: ' ha',
  '微克/立方米': ' µg/m³',
  立方米: ' m³',
  标准箱: ' TEU',
  千瓦时: ' kWh',
  '元/月': ' yuan a month',
  '元/人': ' yuan per person',
  台: ' units',
  种: ' kinds',
  列: ' trains',
  起: ' cases',
  栋: ' buildings',
  艘: ' vessels',
  对: ' pairs',
  架次: ' flights',
  剂次: ' doses',
  间: ' rooms',
  类: ' categories',
  份: ' copies',
  轮: ' rounds',
  吨标准煤: ' tce',
};

/** Units that read as bare counters in English ("51家" → "51"). */
const COUNTER_UNITS = new Set([
  '个',
  '家',
  '场',
  '批次',
  '项',
  '所',
  '座',
  '条',
  '次',
  '件',
  '户',
  '名',
  '张',
  '处',
  '部',
  '片',
  '支',
  '宗',
  '只',
  '批',
  '口',
  '块',
]);

export function unitLabel(unit: string, lang: Lang): string {
  if (lang === 'zh' || unit === '') return unit;
  if (COUNTER_UNITS.has(unit)) return '';
  return UNIT_EN[unit] ?? ` ${unit}`;
}

// Made on first use: an Intl formatter costs milliseconds to build, and a Chinese page needs none.
let compactEnglish: Intl.NumberFormat | null = null;

function formatCompactEnglish(value: number): string {
  compactEnglish ??= new Intl.NumberFormat('en', {
    notation: 'compact',
    compactDisplay: 'long',
    maximumFractionDigits: 2,
  });
  return compactEnglish.format(value);
}

/**
 * 亿元 → × 1e8 and " yuan": the magnitude goes into the number, the rest stays the unit. A bare
 * magnitude (万亿) is all number; a base the glossary lacks keeps the unit as written.
 */
function englishMagnitude(unit: string): { factor: number; unit: string } | null {
  const exact = MAGNITUDE_FACTORS.find(([prefix]) => unit === prefix);
  if (exact) return { factor: exact[1], unit: '' };
  const found = MAGNITUDE_FACTORS.find(([prefix]) => unit.startsWith(prefix));
  if (!found) return null;
  const base = unit.slice(found[0].length);
  const english = COUNTER_UNITS.has(base) ? '' : (UNIT_EN[base] ?? null);
  return english === null ? null : { factor: found[1], unit: english };
}

const MAGNITUDE_NAMES: Readonly<Record<string, string>> = {
  万亿: 'trillions',
  千亿: '100 billions',
  百亿: '10 billions',
  亿: '100 millions',
  千万: '10 millions',
  百万: 'millions',
  十万: '100,000s',
  万: '10,000s',
};

/**
 * How a value axis prints one unit. In English a magnitude unit (万平方米) is scaled into the
 * ticks the way the value labels are (0, 10 million) and the base unit (m²) names the axis, so
 * ticks and labels read alike; otherwise the unit follows each tick ("5%").
 */
export function axisUnit(
  unit: string,
  lang: Lang,
): { suffix: string; name?: string; format?: (value: number) => string } {
  const scaled = lang === 'en' ? englishMagnitude(unit) : null;
  if (!scaled) {
    const label = unitLabel(unit, lang).trim();
    return { suffix: label ? ` ${label}` : '' };
  }
  return {
    suffix: '',
    name: scaled.unit.trim(),
    format: (value) => (value === 0 ? '0' : formatCompactEnglish(value * scaled.factor)),
  };
}

/** A unit as a choice in a list: 万平方米 is "m² (10,000s)" in English, 万平方米 in Chinese. */
export function unitChoiceLabel(unit: string, lang: Lang): string {
  const scaled = lang === 'en' ? englishMagnitude(unit) : null;
  if (!scaled) return unitLabel(unit, lang).trim() || unit;
  const magnitude = MAGNITUDE_FACTORS.find(([prefix]) => unit.startsWith(prefix))?.[0] ?? '';
  const base = scaled.unit.trim() || 'number';
  return `${base} (${MAGNITUDE_NAMES[magnitude] ?? magnitude})`;
}

/**
 * A value with its unit and comparator, the way the report phrases it in Chinese
 * (5.5%以上, 5%左右, 3%以内, 6%—7%) and with symbols in English (≥ 5.5%, ≈ 5%, ≤ 3%, 6–7%).
 */
export function formatIndicatorValue(
  indicator: Pick<Indicator, 'value' | 'unit' | 'comparator' | 'upper' | 'measure' | 'scope'>,
  lang: Lang,
): string {
  const { value, unit, comparator, upper, measure, scope } = indicator;
  if (measure === 'rank') {
    const number = (n: number): string => formatNumber(n, lang);
    // 居全国前三 is a place in the top three, not third.
    const top = comparator === 'lte';
    const place =
      lang === 'zh'
        ? `${top ? '前' : '第'}${number(value)}`
        : `${top ? 'Top' : 'No.'} ${number(value)}`;
    if (!scope) return place;
    return lang === 'zh' ? `${scope}${place}` : `${place} ${SCOPE_ENGLISH[scope] ?? `(${scope})`}`;
  }
  const scaled = lang === 'en' ? englishMagnitude(unit) : null;
  const shownUnit = scaled ? scaled.unit : unitLabel(unit, lang);
  // 663.8亿元 reads as 66.38 billion yuan in English, not 663.8 × 100m yuan.
  const number = scaled
    ? (n: number): string => formatCompactEnglish(n * scaled.factor)
    : (n: number): string => formatNumber(n, lang);
  const amount = `${number(value)}${shownUnit}`;
  if (lang === 'zh') {
    switch (comparator) {
      case 'gte':
        return `${amount}以上`;
      case 'approx':
        return `${amount}左右`;
      case 'lte':
        return `${amount}以内`;
      case 'range':
        return upper === null ? amount : `${amount}—${number(upper)}${shownUnit}`;
      case 'eq':
        return amount;
    }
  }
  switch (comparator) {
    case 'gte':
      return `≥ ${amount}`;
    case 'approx':
      return `≈ ${amount}`;
    case 'lte':
      return `≤ ${amount}`;
    case 'range':
      return upper === null ? amount : `${number(value)}–${number(upper)}${shownUnit}`;
    case 'eq':
      return amount;
  }
}

/** The symbol drawn next to a goal's mark. */
export const COMPARATOR_SYMBOL = {
  eq: '=',
  gte: '≥',
  approx: '≈',
  lte: '≤',
  range: '–',
} as const;
