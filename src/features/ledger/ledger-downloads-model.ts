import type { Dataset } from '../../dataset/dataset-schema.ts';
import { keyOfSubject } from '../../extract/vocabulary/subject-dictionary.ts';
import type { VerdictRule } from '../../ledger/attainment.ts';
import type { CorpusReport } from '../../ledger/research-csv.ts';
import { slugify } from '../../components/save-file.ts';
import type { LedgerFilters } from './ledger-model.ts';

/**
 * corpus.csv with the view's filters: the reports of the chosen place, and of each only the
 * indicators of the chosen subject (by the key the ledger joins on) and sectors. The verdict
 * filter is the ledger's alone: an indicator has no verdict.
 */
export function corpusReportsOf(
  datasets: readonly Dataset[],
  filters: LedgerFilters,
): CorpusReport[] {
  return datasets
    .filter((dataset) => filters.place === null || dataset.report.region?.zh === filters.place)
    .map((dataset) => ({
      report: dataset.report,
      text: dataset.text,
      indicators: dataset.indicators.filter(
        (indicator) =>
          (filters.subject === null || keyOfSubject(indicator.subject) === filters.subject) &&
          (filters.sectors === null || filters.sectors.includes(indicator.sector)),
      ),
    }));
}

/** `attainment-gdp-missed-tol-0-5.csv`: what was filtered, in ASCII, so files do not collide. */
export function filteredFileName(
  base: 'attainment' | 'corpus',
  filters: LedgerFilters,
  rule: VerdictRule | null,
): string {
  const parts: string[] = [base, 'filtered'];
  if (filters.place) parts.push(slugify(filters.place));
  if (filters.subject) parts.push(slugify(filters.subject));
  if (filters.verdict && base === 'attainment') parts.push(filters.verdict);
  if (filters.sectors)
    parts.push(filters.sectors.length === 0 ? 'no-sectors' : filters.sectors.join('-'));
  if (rule?.approx === 'tolerance') parts.push(`tol-${rule.tolerance}`);
  if (rule?.range === 'within') parts.push('range-within');
  return `${parts.map(slugify).filter(Boolean).join('-')}.csv`;
}
