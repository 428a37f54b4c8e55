import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { dataUrl } from '../../api/read-data-file.ts';
import { reportDatasetQueryOptions } from '../../api/report-list.ts';
import type { ReportEntry } from '../../api/report-list.ts';
import type { VerdictRule } from '../../ledger/attainment.ts';
import { attainmentCsv, corpusCsv } from '../../ledger/research-csv.ts';
import { saveBlob } from '../../components/save-file.ts';
import { useI18n } from '../../lib/i18n/i18n.ts';
import { LedgerCard } from './ledger-card.tsx';
import { corpusReportsOf, filteredFileName } from './ledger-downloads-model.ts';
import type { LedgerFilters } from './ledger-model.ts';
import type { JudgedRow } from './ledger-model.ts';
import { ledgerText } from './ledger-messages.ts';

interface LedgerDownloadsProps {
  /** The rows the table shows (filters applied). */
  rows: readonly JudgedRow[];
  rule: VerdictRule;
  filters: LedgerFilters;
  /** Every report the picker offers; the filtered corpus loads only those of the chosen place. */
  reports: readonly ReportEntry[];
}

type Outcome = { message: string; failed: boolean } | null;

function saveCsv(text: string, fileName: string): boolean {
  try {
    saveBlob(new Blob([text], { type: 'text/csv;charset=utf-8' }), fileName);
    return true;
  } catch {
    return false;
  }
}

/** The researchers' files: in full as published, or rebuilt here with the view's filters and rule. */
export function LedgerDownloads({ rows, rule, filters, reports }: LedgerDownloadsProps) {
  const { lang } = useI18n();
  const client = useQueryClient();
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [busy, setBusy] = useState(false);

  const finish = (ok: boolean, file: string) =>
    setOutcome(
      ok
        ? { message: ledgerText(lang, 'downloads.done', { file }), failed: false }
        : { message: ledgerText(lang, 'downloads.failed', { message: file }), failed: true },
    );

  const downloadAttainment = () => {
    const file = filteredFileName('attainment', filters, rule);
    finish(
      saveCsv(
        attainmentCsv(
          rows.map(({ row }) => row),
          rule,
        ),
        file,
      ),
      file,
    );
  };

  const downloadCorpus = async () => {
    const chosen = reports.filter(
      (entry) => filters.place === null || entry.region?.zh === filters.place,
    );
    setBusy(true);
    setOutcome({
      message: ledgerText(lang, 'downloads.loading', { count: chosen.length }),
      failed: false,
    });
    try {
      // Loaded only now, one query per report, so the ledger itself never loads a dataset.
      const datasets = await Promise.all(
        chosen.map((entry) => client.fetchQuery(reportDatasetQueryOptions(entry))),
      );
      const file = filteredFileName('corpus', filters, null);
      finish(saveCsv(corpusCsv(corpusReportsOf(datasets, filters)), file), file);
    } catch (error) {
      setOutcome({
        message: ledgerText(lang, 'downloads.failed', {
          message: error instanceof Error ? error.message : String(error),
        }),
        failed: true,
      });
    } finally {
      setBusy(false);
    }
  };

  return (
    <LedgerCard
      className="ledger-downloads"
      title={ledgerText(lang, 'downloads')}
      description={ledgerText(lang, 'downloads.intro')}
    >
      <ul className="ledger-download-list">
        <li>
          <a href={dataUrl('corpus.csv')} download="corpus.csv">
            {ledgerText(lang, 'downloads.corpusFull')}
          </a>
        </li>
        <li>
          <a href={dataUrl('attainment.csv')} download="attainment.csv">
            {ledgerText(lang, 'downloads.attainmentFull')}
          </a>
        </li>
        <li>
          <a href={dataUrl('CODEBOOK.md')} target="_blank" rel="noopener">
            {ledgerText(lang, 'downloads.codebook')}
          </a>
        </li>
      </ul>
      <div className="ledger-download-buttons">
        <button type="button" className="button small" onClick={downloadAttainment}>
          {ledgerText(lang, 'downloads.attainmentFiltered')}
        </button>
        <button
          type="button"
          className="button small"
          disabled={busy}
          onClick={() => void downloadCorpus()}
        >
          {ledgerText(lang, 'downloads.corpusFiltered')}
        </button>
      </div>
      <p className="ledger-note">{ledgerText(lang, 'downloads.corpusNote')}</p>
      <p role="status" className={outcome?.failed ? 'export-status failed' : 'export-status'}>
        {outcome?.message ?? ''}
      </p>
    </LedgerCard>
  );
}
