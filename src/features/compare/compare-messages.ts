import { messageTranslator } from '../../lib/i18n/i18n.ts';
import type { Lang } from '../../lib/i18n/lang.ts';

/** Interface text of the compare view; kept with the feature so it can grow on its own. */
const MESSAGES = {
  zh: {
    title: '报告对比',
    chartTitle: '增长：各报告的结果与目标',
    description:
      '所选报告共同涉及的指标：各报告回顾年的结果与计划年的目标并排显示，每一列注明数值所属年份。',
    choose: '选择要对比的报告（至少两份）',
    needTwo: '请至少选择两份报告进行对比。',
    nothingShared: '所选报告在当前筛选的领域中没有共同的增长指标。',
    missing: '以下报告在此浏览器中不可用：{ids}',
    result: '{name} {year}年结果',
    goal: '{name} {year}年目标',
    resultNoYear: '{name} 结果（年份不详）',
    goalNoYear: '{name} 目标（年份不详）',
    subject: '指标',
    none: '—',
    aria: '分组条形图，对比 {reports} 的 {count} 个共同指标：{items}',
    loading: '正在加载所选报告…',
    uploaded: '本地上传',
    quote: '原文',
  },
  en: {
    title: 'Compare reports',
    chartTitle: 'Growth: each report’s results and goals',
    description:
      'Subjects the chosen reports share: each report’s review-year result and plan-year goal side by side; every column names the year its values belong to.',
    choose: 'Choose the reports to compare (two or more)',
    needTwo: 'Choose at least two reports to compare.',
    nothingShared: 'The chosen reports share no growth indicator in the selected sectors.',
    missing: 'Not available in this browser: {ids}',
    result: '{name} {year} result',
    goal: '{name} {year} goal',
    resultNoYear: '{name} result (year unknown)',
    goalNoYear: '{name} goal (year unknown)',
    subject: 'Subject',
    none: '—',
    aria: 'Grouped bar chart comparing {count} shared subjects of {reports}: {items}',
    loading: 'Loading the chosen reports…',
    uploaded: 'uploaded',
    quote: 'Quote',
  },
} as const satisfies Record<Lang, Record<string, string>>;

export type CompareMessageKey = keyof (typeof MESSAGES)['zh'];

/** The message in the language, with `{name}` placeholders filled. */
export const compareText = messageTranslator<CompareMessageKey>(MESSAGES);
