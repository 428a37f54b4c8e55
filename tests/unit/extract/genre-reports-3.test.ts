import { describeGenreReports } from '../../support/invented-reports.ts';

/**
 * A third set of whole mini-reports of the genre, invented for this test (places, years and
 * numbers are made up): a 2017 provincial report with a “十三五” goals paragraph before the year's
 * targets; a 2021 city report whose plan part is 二、“十四五”时期主要目标和2021年重点工作, five-year
 * goals followed by the 2021 targets; a report laid out as one long line, paragraphs joined by a
 * single ASCII space; a report whose only headings are （一）（二）（三）, with years only from
 * 过去一年 and 今年是中华人民共和国成立75周年.
 * tests/fixtures/genre-reports-3/expected.json was written by reading each text, not by running
 * the extractor: the report's years and how they were found, its region and title where it names
 * them, and a handful of figures with their year, kind and period.
 */
describeGenreReports(
  'genre-reports-3',
  'a third set of reports of the genre the extractor was not tuned on',
  { min: 4, max: 4 },
);
