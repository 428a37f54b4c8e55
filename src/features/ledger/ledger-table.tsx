import { gapUnit } from '../../ledger/research-csv.ts';
import { useState } from 'react';
import { measureLabel, useI18n } from '../../lib/i18n/i18n.ts';
import { gapText, placeName, subjectName, verdictLabel } from './ledger-format.ts';
import { ledgerText } from './ledger-messages.ts';
import { FigureLink } from './figure-link.tsx';
import type { SourceLinks } from './figure-link.tsx';
import type { JudgedRow } from './ledger-model.ts';

const FIRST_ROWS = 100;

interface LedgerTableProps {
  rows: readonly JudgedRow[];
  links: SourceLinks;
}

/** The ledger as a table: one row per place × subject × target year, both sentences one click away. */
export function LedgerTable({ rows, links }: LedgerTableProps) {
  const { lang } = useI18n();
  const [showAll, setShowAll] = useState(false);
  const none = ledgerText(lang, 'table.none');
  if (rows.length === 0) return <p className="empty-note">{ledgerText(lang, 'table.empty')}</p>;
  // Unfiltered, the ledger runs to hundreds of rows; the headline ones come first.
  const shown = showAll ? rows : rows.slice(0, FIRST_ROWS);
  return (
    <>
      <div className="table-scroll ledger-table-scroll">
        <table className="data-table ledger-table">
          <caption className="visually-hidden">{ledgerText(lang, 'table.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{ledgerText(lang, 'table.place')}</th>
              <th scope="col">{ledgerText(lang, 'table.subject')}</th>
              <th scope="col">{ledgerText(lang, 'table.year')}</th>
              <th scope="col">{ledgerText(lang, 'table.target')}</th>
              <th scope="col">{ledgerText(lang, 'table.actual')}</th>
              <th scope="col">{ledgerText(lang, 'table.gap')}</th>
              <th scope="col">{ledgerText(lang, 'table.verdict')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map(({ row, judgement }) => {
              const place = placeName(row.place, lang);
              const subject = subjectName(row.subject, lang);
              const labelParams = { place, year: row.targetYear, subject };
              const id = `${row.place.zh}|${row.subject.key}|${row.measure}|${row.targetYear}`;
              return (
                <tr key={id} data-verdict={judgement.verdict} data-ledger-row={id}>
                  <td>{place}</td>
                  <th scope="row">
                    {subject}
                    {row.measure === 'growth' ? null : (
                      <span className="ledger-note"> · {measureLabel(row.measure, lang)}</span>
                    )}
                  </th>
                  <td>{row.targetYear}</td>
                  {(['target', 'actual'] as const).map((side) => {
                    const figure = row[side];
                    const key = side === 'target' ? 'table.openTarget' : 'table.openActual';
                    return (
                      <td key={side}>
                        {figure ? (
                          <FigureLink
                            figure={figure}
                            links={links}
                            label={ledgerText(lang, key, {
                              ...labelParams,
                              written: figure.written,
                            })}
                          />
                        ) : (
                          none
                        )}
                      </td>
                    );
                  })}
                  <td className="numeric">
                    {judgement.gap === null ? none : gapText(judgement.gap, gapUnit(row), lang)}
                  </td>
                  <td>
                    <span className={`verdict verdict-${judgement.verdict}`}>
                      {verdictLabel(judgement.verdict, lang)}
                    </span>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {shown.length < rows.length ? (
        <button type="button" className="button small" onClick={() => setShowAll(true)}>
          {ledgerText(lang, 'table.showAll', { count: rows.length })}
        </button>
      ) : null}
    </>
  );
}
