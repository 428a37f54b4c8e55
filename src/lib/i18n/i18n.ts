import { createContext, useContext } from 'react';
import type { Bilingual, Comparator, Kind, Measure } from '../../dataset/dataset-schema.ts';

import { formatDecimal } from './format-decimal.ts';
import type { Lang } from './lang.ts';

/**
 * Every piece of interface text, in both languages. Keys are grouped by where they appear;
 * `{name}` placeholders are filled by `translate`.
 */
const zh = {
  'app.title': '指标',
  'app.tagline': '政府工作报告中的数字：按领域对比上年结果与本年目标，并追溯到原句',
  'app.skip': '跳到主要内容',
  'header.report': '报告',
  'header.language': '语言',
  'header.theme': '主题',
  'header.theme.system': '跟随系统',
  'header.theme.light': '浅色',
  'header.theme.dark': '深色',
  'header.patterns': '色盲友好图案',
  'state.loading': '正在加载…',
  'state.error.title': '无法加载数据',
  'state.retry': '重试',
  'state.empty.title': '没有符合筛选条件的指标',
  'state.empty.body': '请放宽筛选条件，或选择“全部”领域。',
  'state.empty.chart': '这里没有可绘制的数字：当前筛选条件下，没有主体明确的单一年份结果或目标。',
  'state.reset': '清除筛选',
  'state.noParts.title': '这份报告里找不到回顾部分和目标部分',
  'state.noParts.body':
    '无法确定哪些数字是上一年的结果、哪些是本年的目标，所以不绘制图表；提取到的数字都列在下面的表格中。',
  'state.noParts.upload': '如果你知道报告的年份，可以在“自己的报告”中重新上传并填写年份。',
  'state.noReview': '这份报告里找不到回顾部分：图表中没有上一年的结果。',
  'state.noPlan': '这份报告里找不到目标部分：图表中没有本年的目标。',
  'state.noChartable.title': '这份报告里没有可以绘制的数字',
  'state.noChartable.body':
    '没有一个数字是单一年份的结果或目标且主体明确；提取到的数字都列在下面的表格中。',
  'filters.title': '筛选',
  'filters.sectors': '领域',
  'filters.all': '全部',
  'filters.none': '全不选',
  'filters.measure': '指标类型',
  'filters.measure.all': '全部类型',
  'filters.year': '年份',
  'filters.year.all': '全部年份',
  'filters.kind': '结果/目标',
  'filters.kind.all': '结果与目标',
  'filters.search': '搜索指标名称',
  'filters.search.placeholder': '例如：生产总值',
  'filters.summary': '共 {count} 项指标',
  'filters.summary.all': '全部领域',
  'headline.title': '主要指标',
  'headline.result': '{year}年结果',
  'headline.goal': '{year}年目标',
  'headline.noResult': '未给出数值',
  'headline.noGoal': '未给出数值目标',
  'headline.open': '查看原文：{subject}',
  'growth.title': '增长：{review}年结果与{plan}年目标',
  'growth.title.results': '增长：{review}年结果',
  'growth.title.goals': '增长：{plan}年目标',
  'growth.description':
    '每行一个指标，按领域分组着色。实心圆为{review}年结果；目标的标记表示比较方式：箭头向右为“以上”，向左为“以内”，菱形为“左右”，横条为区间。',
  'growth.result': '{year}年结果',
  'growth.goal': '{year}年目标',
  'growth.goal.eq': '{year}年目标',
  'growth.goal.gte': '{year}年目标 ≥（以上）',
  'growth.goal.approx': '{year}年目标 ≈（左右）',
  'growth.goal.lte': '{year}年目标 ≤（以内）',
  'growth.goal.range': '{year}年目标 区间',
  'growth.only.actual': '仅有结果',
  'growth.only.target': '仅有目标',
  'growth.gap': '目标与结果相差 {gap} 个百分点',
  'growth.gap.none': '无法比较',
  'growth.aria': '增长点图，{count} 个指标：{items}',
  'growth.targets.title': '{year}年各领域增长目标',
  'growth.targets.description': '全部{year}年增长目标，按领域分组；标记表示比较方式。',
  'sector.tabs': '分领域视图',
  'sector.growth.title': '{year}年各领域增长',
  'sector.growth.description': '全部{year}年增长率，按领域分组并排序。',
  'sector.levels.title': '总量指标（按单位分组）',
  'sector.levels.description': '带单位的总量，同一单位的指标放在一起比较。',
  'sector.levels.unit': '单位',
  'sector.shares.title': '比重与比率',
  'sector.shares.description': '占比、比率类指标，统一在 0–100% 刻度上。',
  'sector.tab.growth': '增长结果',
  'sector.tab.targets': '增长目标',
  'sector.tab.levels': '总量',
  'sector.tab.shares': '比重与比率',
  'sector.bars.aria': '条形图，{count} 个指标：{items}',
  'chart.showTable': '显示数据表',
  'chart.showChart': '显示图表',
  'chart.loading': '图表加载中…',
  'chart.sectorKey': '颜色所示领域',
  'chart.capped': '图中只画出前 {shown} 项，另有 {omitted} 项未画出；“全部指标”表列出了所有项。',
  'table.title': '全部指标',
  'table.description': '点击指标名称可查看原文。点击表头排序。',
  'table.subject': '指标',
  'table.sector': '领域',
  'table.yearKind': '年份与类型',
  'table.measure': '类型',
  'table.value': '数值',
  'table.quote': '原文',
  'table.comparator': '比较方式',
  'table.gap': '目标 − 结果（百分点）',
  'table.open': '在原文中查看：{subject}',
  'table.sort': '按{column}排序',
  'table.count': '显示 {count} 项',
  'table.flag.unclear': '不明确的主体',
  'table.flag.unclear.hint': '只找到一个泛指的名词（如“企业”“项目”），不绘入图表',
  'table.flag.period': '{from}–{to}年',
  'table.flag.period.hint':
    '覆盖多年的数字（年均、累计、五年目标），不是某一年的结果或目标，不绘入图表',
  'table.flag.estimated': '预计',
  'table.flag.estimated.hint': '预计数，不是最终结果',
  'table.flagged': '其中 {count} 项不绘入图表：主体不明确，或是覆盖多年的数字。',
  'source.title': '原文',
  'source.close': '关闭原文',
  'source.selected': '所选指标',
  'source.number': '指标：{subject}，{value}',
  'source.toTable': '在表格中定位',
  'source.marks': '原文中共标出 {count} 个数字，点击任一数字可跳转到对应指标。',
  'kind.actual': '结果',
  'kind.target': '目标',
  'measure.growth': '增长',
  'measure.level': '总量',
  'measure.share': '比重',
  'measure.rate': '比率',
  'measure.count': '数量',
  'measure.rank': '排名',
  'comparator.eq': '等于',
  'comparator.gte': '以上（至少）',
  'comparator.approx': '左右（约）',
  'comparator.lte': '以内（至多）',
  'comparator.range': '区间',
  'year.none': '未注明年份',
  'link.report': '没有报告“{value}”，显示的是{shown}。',
  'link.sectors': '没有领域“{value}”，已忽略。',
  'link.measure': '没有指标类型“{value}”，显示全部类型。',
  'link.kind': '没有“{value}”这一类，显示结果与目标。',
  'link.indicator': '这份报告中没有指标“{value}”。',
  'link.compare': '没有报告“{value}”，已从对比中去掉。',
  'link.title': '链接已更正',
  'link.dismiss': '知道了',
  'state.noReports': '没有可显示的报告。',
  'report.notKept':
    '这份报告没有保存在本浏览器中：本次访问中可以查看，关闭或重新加载页面后就没有了。',
  'footer.text': '数据由预处理程序从报告原文中提取；每个数字都可追溯到原句。',
  'subject.untranslated': '（未翻译）',
  'export.value': '数值',
  'export.unit': '单位',
  'export.upper': '区间上限',
  'export.comparator': '比较方式',
  'export.doubling': '翻一番',
  'export.year': '年份',
  'export.kind': '结果/目标',
  'export.display': '数值（原文写法）',
  'export.period': '覆盖年份',
  'report.title': '{place}{year}政府工作报告',
};

export type MessageKey = keyof typeof zh;

const en: Record<MessageKey, string> = {
  'app.title': 'zhibiao',
  'app.tagline':
    'The numbers of a government work report: last year’s results against this year’s goals, by sector, traced to their sentences',
  'app.skip': 'Skip to main content',
  'header.report': 'Report',
  'header.language': 'Language',
  'header.theme': 'Theme',
  'header.theme.system': 'System',
  'header.theme.light': 'Light',
  'header.theme.dark': 'Dark',
  'header.patterns': 'Patterns for colour-blind readers',
  'state.loading': 'Loading…',
  'state.error.title': 'The data could not be loaded',
  'state.retry': 'Retry',
  'state.empty.title': 'No indicator matches the filters',
  'state.empty.body': 'Loosen the filters, or choose “All” sectors.',
  'state.empty.chart':
    'Nothing to chart here: no single year’s result or goal with a clear subject passes the filters.',
  'state.reset': 'Clear filters',
  'state.noParts.title': 'No review or goals part could be found in this report',
  'state.noParts.body':
    'Without them there is no telling last year’s results from this year’s goals, so nothing is charted: its figures are listed in the table below.',
  'state.noParts.upload':
    'If you know the report’s years, upload it again under “Your own reports” and give them.',
  'state.noReview':
    'No review part could be found in this report: the charts have no results for last year.',
  'state.noPlan':
    'No goals part could be found in this report: the charts have no goals for this year.',
  'state.noChartable.title': 'Nothing in this report can be charted',
  'state.noChartable.body':
    'No figure is a single year’s result or goal with a clear subject: its figures are listed in the table below.',
  'filters.title': 'Filters',
  'filters.sectors': 'Sectors',
  'filters.all': 'All',
  'filters.none': 'None',
  'filters.measure': 'Measure',
  'filters.measure.all': 'All measures',
  'filters.year': 'Year',
  'filters.year.all': 'All years',
  'filters.kind': 'Result or goal',
  'filters.kind.all': 'Results and goals',
  'filters.search': 'Search indicator names',
  'filters.search.placeholder': 'e.g. GDP, 生产总值',
  'filters.summary': '{count} indicators',
  'filters.summary.all': 'all sectors',
  'headline.title': 'Headline indicators',
  'headline.result': '{year} result',
  'headline.goal': '{year} goal',
  'headline.noResult': 'no figure stated',
  'headline.noGoal': 'no figure stated',
  'headline.open': 'Show in the report: {subject}',
  'growth.title': 'Growth: {review} result against {plan} goal',
  'growth.title.results': 'Growth: {review} results',
  'growth.title.goals': 'Growth: {plan} goals',
  'growth.description':
    'One row per indicator, grouped and coloured by sector. A filled dot is the {review} result; the goal’s mark shows its comparator: an arrow to the right means “at least”, to the left “at most”, a diamond “about”, a bar a range.',
  'growth.result': '{year} result',
  'growth.goal': '{year} goal',
  'growth.goal.eq': '{year} goal',
  'growth.goal.gte': '{year} goal ≥ (at least)',
  'growth.goal.approx': '{year} goal ≈ (about)',
  'growth.goal.lte': '{year} goal ≤ (at most)',
  'growth.goal.range': '{year} goal range',
  'growth.only.actual': 'result only',
  'growth.only.target': 'goal only',
  'growth.gap': 'goal minus result: {gap} percentage points',
  'growth.gap.none': 'no comparison',
  'growth.aria': 'Dot plot of growth, {count} indicators: {items}',
  'growth.targets.title': '{year} growth goals by sector',
  'growth.targets.description':
    'Every {year} growth goal, grouped by sector; the mark shows the comparator.',
  'sector.tabs': 'Views by sector',
  'sector.growth.title': '{year} growth by sector',
  'sector.growth.description': 'Every {year} growth rate, grouped by sector and sorted.',
  'sector.levels.title': 'Levels, grouped by unit',
  'sector.levels.description': 'Amounts with a unit; indicators sharing a unit are compared.',
  'sector.levels.unit': 'Unit',
  'sector.shares.title': 'Shares and rates',
  'sector.shares.description': 'Shares and rates on one 0–100% scale.',
  'sector.tab.growth': 'Growth results',
  'sector.tab.targets': 'Growth goals',
  'sector.tab.levels': 'Levels',
  'sector.tab.shares': 'Shares & rates',
  'sector.bars.aria': 'Bar chart, {count} indicators: {items}',
  'chart.showTable': 'Show data table',
  'chart.showChart': 'Show chart',
  'chart.loading': 'Loading chart…',
  'chart.sectorKey': 'Colours by sector',
  'chart.capped':
    'Only the first {shown} are drawn; {omitted} more are left out. The table of every indicator lists them all.',
  'table.title': 'Every indicator',
  'table.description': 'Choose an indicator’s name to see its sentence. Choose a header to sort.',
  'table.subject': 'Indicator',
  'table.sector': 'Sector',
  'table.yearKind': 'Year and kind',
  'table.measure': 'Measure',
  'table.value': 'Value',
  'table.quote': 'Quote',
  'table.comparator': 'Comparator',
  'table.gap': 'Goal − result (percentage points)',
  'table.open': 'Show in the report: {subject}',
  'table.sort': 'Sort by {column}',
  'table.count': '{count} shown',
  'table.flag.unclear': 'unclear subject',
  'table.flag.unclear.hint': 'Only a generic noun (企业, 项目) names what is counted; not charted',
  'table.flag.period': '{from}–{to}',
  'table.flag.period.hint':
    'A figure over several years (a yearly average, a total, a five-year goal), not one year’s result or goal; not charted',
  'table.flag.estimated': 'estimate',
  'table.flag.estimated.hint': 'An estimate (预计), not a final result',
  'table.flagged':
    '{count} of them are not charted: their subject is unclear, or they cover several years.',
  'source.title': 'Report text',
  'source.close': 'Close the report text',
  'source.selected': 'Selected indicator',
  'source.number': 'Indicator: {subject}, {value}',
  'source.toTable': 'Find in the table',
  'source.marks': '{count} numbers are marked in the text; choose one to go to its indicator.',
  'kind.actual': 'result',
  'kind.target': 'goal',
  'measure.growth': 'growth',
  'measure.level': 'level',
  'measure.share': 'share',
  'measure.rate': 'rate',
  'measure.count': 'count',
  'measure.rank': 'rank',
  'comparator.eq': 'exactly',
  'comparator.gte': 'at least',
  'comparator.approx': 'about',
  'comparator.lte': 'at most',
  'comparator.range': 'between',
  'year.none': 'no year given',
  'link.report': 'No report “{value}”; showing {shown}.',
  'link.sectors': 'No sector “{value}”; it was left out.',
  'link.measure': 'No measure “{value}”; showing every measure.',
  'link.kind': 'No kind “{value}”; showing results and goals.',
  'link.indicator': 'No indicator “{value}” in this report.',
  'link.compare': 'No report “{value}”; it was left out of the comparison.',
  'link.title': 'The link was corrected',
  'link.dismiss': 'Dismiss',
  'state.noReports': 'There is no report to show.',
  'report.notKept':
    'This report is not kept in this browser: you can view it during this visit; it is gone once the page is closed or reloaded.',
  'footer.text':
    'Data extracted from the report text by the preprocessor; every number is traced to its sentence.',
  'subject.untranslated': '(untranslated)',
  'export.value': 'value',
  'export.unit': 'unit',
  'export.upper': 'upper bound',
  'export.comparator': 'comparator',
  'export.doubling': 'doubling',
  'export.year': 'year',
  'export.kind': 'result or goal',
  'export.display': 'value as written',
  'export.period': 'years covered',
  'report.title': '{place}{year} government work report',
};

export type MessageParams = Readonly<Record<string, string | number>>;

/** Fills `{name}` placeholders; an unknown placeholder stays as written. */
export function fillPlaceholders(template: string, params: MessageParams = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/**
 * The one way text is looked up: a feature or an area keeps its messages next to its code, in
 * both languages under the same keys, and turns them into its translate function here.
 */
export function messageTranslator<K extends string>(
  messages: Readonly<Record<Lang, Readonly<Record<K, string>>>>,
): (lang: Lang, key: K, params?: MessageParams) => string {
  return (lang, key, params) => fillPlaceholders(messages[lang][key], params);
}

/** The app's shared interface text: header, filters, charts' common words, labels. */
export const translate = messageTranslator<MessageKey>({ zh, en });

export type Translate = (key: MessageKey, params?: MessageParams) => string;

const collators = new Map<Lang, Intl.Collator>();

/**
 * The collator for names in `lang`, made on first use: a page's first Intl object loads ICU's
 * data, milliseconds of work its start need not hold (the first view needs none).
 */
export function collatorFor(lang: Lang): Intl.Collator {
  let collator = collators.get(lang);
  if (!collator) {
    collator = new Intl.Collator(lang === 'zh' ? 'zh-CN' : 'en');
    collators.set(lang, collator);
  }
  return collator;
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/**
 * Locale-aware number formatting, at most two decimals. Written out (formatDecimal) for what
 * both languages write alike; Intl, cached because tables format hundreds, for the rest.
 */
export function formatNumber(value: number, lang: Lang, signed = false): string {
  const written = formatDecimal(value, signed);
  if (written !== null) return written;
  const key = `${lang}:${signed}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-US', {
      maximumFractionDigits: 2,
      signDisplay: signed ? 'exceptZero' : 'auto',
    });
    numberFormats.set(key, format);
  }
  return format.format(value);
}

export function measureLabel(measure: Measure, lang: Lang): string {
  return translate(lang, `measure.${measure}`);
}

export function kindLabel(kind: Kind, lang: Lang): string {
  return translate(lang, `kind.${kind}`);
}

export function comparatorWords(comparator: Comparator, lang: Lang): string {
  return translate(lang, `comparator.${comparator}`);
}

/** A name in the current language, the Chinese where it has no English (a place, a report). */
export function nameLabel(name: Bilingual, lang: Lang): string {
  return lang === 'en' ? (name.en ?? name.zh) : name.zh;
}

/**
 * The English subject where the dataset has one; else the Chinese, marked as untranslated in
 * English so that a reader knows it was not left out by mistake.
 */
export function subjectLabel(subject: Bilingual, lang: Lang): string {
  if (lang === 'zh') return subject.zh;
  return subject.en ?? `${subject.zh} ${translate(lang, 'subject.untranslated')}`;
}

/**
 * A report's title in the current language: 北海市2024年政府工作报告 reads "Beihai 2024 government
 * work report" in English; a report whose place has no English keeps its Chinese title.
 */
export function reportTitle(
  report: { title: string; region: Bilingual | null; planYear: number | null },
  lang: Lang,
): string {
  const place = report.region?.en;
  if (lang === 'zh' || !place) return report.title;
  return translate(lang, 'report.title', {
    place,
    year: report.planYear === null ? '' : ` ${report.planYear}`,
  });
}

export interface I18n {
  lang: Lang;
  t: Translate;
  number: (value: number, signed?: boolean) => string;
}

export function makeI18n(lang: Lang): I18n {
  return {
    lang,
    t: (key, params) => translate(lang, key, params),
    number: (value, signed) => formatNumber(value, lang, signed),
  };
}

export const I18nContext = createContext<I18n>(makeI18n('zh'));

export function useI18n(): I18n {
  return useContext(I18nContext);
}

/** ECharts ships 'ZH' and 'EN' locales registered in echarts/core. */
export function echartsLocale(lang: Lang): 'ZH' | 'EN' {
  return lang === 'zh' ? 'ZH' : 'EN';
}
