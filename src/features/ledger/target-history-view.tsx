import { useMemo } from 'react';
import type { LedgerRow } from '../../dataset/attainment-schema.ts';
import { targetHistory } from '../../ledger/target-history.ts';
import { comparatorWords, measureLabel, useI18n } from '../../lib/i18n/i18n.ts';
import { FigureLink } from './figure-link.tsx';
import { LedgerCard } from './ledger-card.tsx';
import type { SourceLinks } from './figure-link.tsx';
import { placeName, subjectName } from './ledger-format.ts';
import { ledgerText } from './ledger-messages.ts';

interface TargetHistoryViewProps {
  rows: readonly LedgerRow[];
  subject: string;
  links: SourceLinks;
}

/** How one subject's goal changed, year by year and place by place; a comparator switch is news. */
export function TargetHistoryView({ rows, subject, links }: TargetHistoryViewProps) {
  const { lang } = useI18n();
  const histories = useMemo(() => targetHistory(rows, subject), [rows, subject]);
  const first = histories[0];
  const name = first ? subjectName(first.subject, lang) : subject;
  return (
    <LedgerCard
      className="ledger-history"
      title={ledgerText(lang, 'history.title', { subject: name })}
      description={ledgerText(lang, 'history.description')}
    >
      {histories.length === 0 ? (
        <p className="empty-note">{ledgerText(lang, 'history.empty')}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <caption className="visually-hidden">
              {ledgerText(lang, 'history.title', { subject: name })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{ledgerText(lang, 'table.place')}</th>
                <th scope="col">{ledgerText(lang, 'table.year')}</th>
                <th scope="col">{ledgerText(lang, 'table.target')}</th>
                <th scope="col">{ledgerText(lang, 'table.comparator')}</th>
              </tr>
            </thead>
            <tbody>
              {histories.flatMap((history) =>
                history.years.map((entry) => {
                  const place = placeName(history.place, lang);
                  const measure =
                    history.measure === 'growth' ? '' : ` · ${measureLabel(history.measure, lang)}`;
                  return (
                    <tr
                      key={`${history.place.zh}|${history.measure}|${entry.year}`}
                      className={entry.comparatorChanged ? 'comparator-changed' : undefined}
                      data-comparator-changed={entry.comparatorChanged || undefined}
                    >
                      <th scope="row">
                        {place}
                        {measure}
                      </th>
                      <td>{entry.year}</td>
                      <td>
                        {entry.target ? (
                          <FigureLink
                            figure={entry.target}
                            links={links}
                            label={ledgerText(lang, 'table.openTarget', {
                              place,
                              year: entry.year,
                              subject: name,
                              written: entry.target.written,
                            })}
                          />
                        ) : (
                          <span className="ledger-note">{ledgerText(lang, 'history.none')}</span>
                        )}
                      </td>
                      <td>
                        {entry.target ? comparatorWords(entry.target.comparator, lang) : ''}
                        {entry.comparatorChanged && entry.previousComparator && entry.target ? (
                          <strong className="ledger-change">
                            {' '}
                            {ledgerText(lang, 'history.changed', {
                              from: comparatorWords(entry.previousComparator, lang),
                              to: comparatorWords(entry.target.comparator, lang),
                            })}
                          </strong>
                        ) : null}
                      </td>
                    </tr>
                  );
                }),
              )}
            </tbody>
          </table>
        </div>
      )}
    </LedgerCard>
  );
}
