import { describeHeadlineReports } from '../../support/invented-reports.ts';

/**
 * Six invented provincial reports (tests/fixtures/headline-reports/), written in the genre's
 * layout for places and years the corpus does not use, each with headline gold in the corpus
 * format: every tier-1 result of the reviewed year and every quantitative target of the
 * 主要预期目标 paragraph. The gold was written by reading each text, not by running the
 * extractor. guangdong-2023 is a term-end report whose five-year figures are not gold.
 */
const REPORTS = [
  'hebei-2021',
  'sichuan-2024',
  'zhejiang-2019',
  'guangdong-2023',
  'hunan-2025',
  'neimenggu-2022',
] as const;

describeHeadlineReports(
  'headline-reports',
  REPORTS,
  'headline figures of six invented reports, scored against their gold',
);
