import { messageTranslator } from '../../lib/i18n/i18n.ts';
import type { Lang } from '../../lib/i18n/lang.ts';

/** Interface text of the compare view; kept with the feature so it can grow on its own. */
const MESSAGES = {
  zh: {
    title: '报告对比',
    intro:
      '所选报告共同涉及的百分比指标：各报告回顾年的结果（实心）与计划年的目标（空心）。每份报告有固定的颜色和标记形状。',
    'chart.growth': '增长率：各报告的结果与目标',
    'chart.growth.description':
      '比上年增长（%）。实心为回顾年的结果，空心为计划年的目标；每份报告一种颜色和形状，未提及的指标注明“未提及”。',
    'chart.rates': '比率与水平（%）：失业率、价格涨幅、占比',
    'chart.rates.description':
      '本身就是比率或水平的指标（%），不是增长：如城镇调查失业率、居民消费价格涨幅、研发投入强度。实心为结果，空心为目标。',
    choose: '选择要对比的报告（至少两份）',
    needTwo: '请至少选择两份报告进行对比。',
    nothingShared: '所选报告在当前筛选下没有共同的百分比指标。',
    notStated: '未提及',
    link: '将本报告与其他报告对比…',
    search: '搜索指标',
    searchPlaceholder: '如 GDP、失业率',
    filters: '对比的筛选',
    chosen: '已选 {count} 份',
    missing: '以下报告在此浏览器中不可用：{ids}',
    result: '{name} {year}年结果',
    goal: '{name} {year}年目标',
    resultNoYear: '{name} 结果（年份不详）',
    goalNoYear: '{name} 目标（年份不详）',
    subject: '指标',
    aria: '点图，对比 {reports} 的 {count} 个共同指标：{items}',
    loading: '正在加载所选报告…',
    uploaded: '本地上传',
  },
  en: {
    title: 'Compare reports',
    intro:
      'Figures in % the chosen reports share: each report’s result for the year it reviews (filled) and its goal for the year it plans (hollow). Each report keeps one colour and one marker shape.',
    'chart.growth': 'Growth rates: each report’s results and goals',
    'chart.growth.description':
      'Change on the year before, in %. Filled: result of the review year; hollow: goal for the plan year. One colour and shape per report; a subject a report does not state says “not stated”.',
    'chart.rates': 'Rates and levels (%): unemployment, price rises, shares',
    'chart.rates.description':
      'Figures that are a rate or a level in % themselves, not growth: surveyed unemployment, the rise in consumer prices, R&D intensity. Filled: result; hollow: goal.',
    choose: 'Choose the reports to compare (two or more)',
    needTwo: 'Choose at least two reports to compare.',
    nothingShared: 'The chosen reports share no figure in % under the current filters.',
    notStated: 'not stated',
    link: 'Compare this report with…',
    search: 'Search subjects',
    searchPlaceholder: 'e.g. GDP, unemployment',
    filters: 'Comparison filters',
    chosen: '{count} chosen',
    missing: 'Not available in this browser: {ids}',
    result: '{name} {year} result',
    goal: '{name} {year} goal',
    resultNoYear: '{name} result (year unknown)',
    goalNoYear: '{name} goal (year unknown)',
    subject: 'Subject',
    aria: 'Dot chart comparing {count} shared subjects of {reports}: {items}',
    loading: 'Loading the chosen reports…',
    uploaded: 'uploaded',
  },
} as const satisfies Record<Lang, Record<string, string>>;

export type CompareMessageKey = keyof (typeof MESSAGES)['zh'];

/** The message in the language, with `{name}` placeholders filled. */
export const compareText = messageTranslator<CompareMessageKey>(MESSAGES);
