import { describeGenreReports } from '../../support/invented-reports.ts';

/**
 * A second set of whole mini-reports of the genre, invented for this test (places, years and
 * numbers are made up): a term-end report with a five-year review, five-year goals and the
 * year's plan; headings with years and a date line as the last line; a city report that starts
 * at 各位代表：; a county report whose years come only from 过去一年 / 今年是“十四五”规划收官之年;
 * full-width digits in the headings and targets; 预计全年 figures with years only in a date line.
 * tests/fixtures/genre-reports-2/expected.json was written by reading each text, not by running
 * the extractor: the report's years and how they were found, its region and title where it names
 * them, and a handful of figures with their year, kind and period.
 */
describeGenreReports(
  'genre-reports-2',
  'more reports of the genre the extractor was not tuned on',
  { min: 6, max: 6 },
);
