import { describeGenreReports } from '../../support/invented-reports.ts';

/**
 * Whole mini-reports of the genre, invented for this test (places, years and numbers are made
 * up) in layouts real reports use: numbered and unnumbered part headings, headings indented with
 * ASCII spaces, U+3000, U+2003 or a tab, slogans without a year, a one-line file, years only in a
 * date line (also in Chinese numerals), only in the title, only in 过去一年 / 今年是…, or nowhere.
 * tests/fixtures/genre-reports/expected.json was written by reading each text, not by running
 * the extractor: the report's years and how they were found, its region and title where it names
 * them, and a handful of figures with their year, kind and period.
 */
describeGenreReports('genre-reports', 'reports of the genre the extractor was not tuned on', {
  min: 8,
  max: 10,
});
