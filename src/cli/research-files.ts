import type { Dataset } from '../dataset/dataset-schema.ts';
import { ATTAINMENT_SCHEMA_VERSION, attainmentFileSchema } from '../dataset/attainment-schema.ts';
import { buildLedger } from '../ledger/attainment.ts';
import { attainmentCsv, corpusCsv } from '../ledger/research-csv.ts';
import { serializeJson } from './preprocess-report.ts';

export interface GeneratedFile {
  /** Under public/data/. */
  name: string;
  content: string;
}

/**
 * The files built from the whole library rather than one report: the ledger the app reads
 * (attainment.json) and the researchers' CSVs. The ledger is validated before it is written.
 */
export function researchFiles(datasets: readonly Dataset[]): GeneratedFile[] {
  const sorted = [...datasets].sort((a, b) =>
    a.report.id < b.report.id ? -1 : a.report.id > b.report.id ? 1 : 0,
  );
  const rows = buildLedger(sorted);
  const ledger = attainmentFileSchema.parse({ schemaVersion: ATTAINMENT_SCHEMA_VERSION, rows });
  return [
    { name: 'attainment.json', content: serializeJson(ledger) },
    { name: 'attainment.csv', content: attainmentCsv(ledger.rows) },
    { name: 'corpus.csv', content: corpusCsv(sorted) },
  ];
}
