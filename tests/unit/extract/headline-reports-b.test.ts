import { describeHeadlineReports } from '../../support/invented-reports.ts';

/**
 * Five more invented reports (tests/fixtures/headline-reports-b/), each in a layout the first
 * set does not use: a city (chengdu-2022: 全市, 市委市政府), a term-end provincial report whose
 * 2017 results sit in a 2017年， paragraph of the five-year review (jiangsu-2018), a 2020 report
 * written before COVID (shaanxi-2020), every line indented with U+3000 U+3000 (guangxi-2024) and
 * no title line, the date line first (hainan-2021). Each has headline gold in the corpus format:
 * every tier-1 result of the reviewed year and every quantitative target of the 主要预期目标
 * paragraph, written by reading the text, not by running the extractor.
 */
const REPORTS = [
  'chengdu-2022',
  'jiangsu-2018',
  'shaanxi-2020',
  'guangxi-2024',
  'hainan-2021',
] as const;

describeHeadlineReports(
  'headline-reports-b',
  REPORTS,
  'headline figures of five more invented reports (set b), scored against their gold',
);
