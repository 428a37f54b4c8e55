import { describeHeadlineReports } from '../../support/invented-reports.ts';

/**
 * Five more invented provincial reports (tests/fixtures/headline-reports-c/), each with headline
 * gold in the corpus format: every tier-1 result of the reviewed year and every quantitative
 * target of the 主要预期目标 paragraph, written by reading each text, not by running the
 * extractor. Layouts: henan-2023 is one line (paragraphs joined by two ASCII spaces, no newline);
 * chongqing-2022 gives its results in ——经济… dash paragraphs and its targets after
 * 综合考虑各方面因素，建议今年经济社会发展主要预期目标为：; yunnan-2025 has headings with no year
 * (the years are only in the date line); tianjin-2024 has CRLF line endings (written so on
 * purpose) and full-width ％ in its results; qinghai-2019 mixes 2018 results with 五年来 figures
 * (not gold) and has a range target 6.5%—7%.
 */
const REPORTS = [
  'henan-2023',
  'chongqing-2022',
  'yunnan-2025',
  'tianjin-2024',
  'qinghai-2019',
] as const;

describeHeadlineReports(
  'headline-reports-c',
  REPORTS,
  'headline figures of five more invented reports, scored against their gold',
);
