import { useMemo } from 'react';
import type { LedgerRow } from '../../dataset/attainment-schema.ts';
import { panel } from '../../ledger/target-history.ts';
import { measureLabel, useI18n } from '../../lib/i18n/i18n.ts';
import { FigureLink } from './figure-link.tsx';
import { LedgerCard } from './ledger-card.tsx';
import type { SourceLinks } from './figure-link.tsx';
import { placeName, subjectName } from './ledger-format.ts';
import { ledgerText } from './ledger-messages.ts';

interface PanelViewProps {
  rows: readonly LedgerRow[];
  year: number;
  links: SourceLinks;
}

/**
 * The places of one year side by side: each headline goal, highest first, the national goal
 * above them where the ledger has it, and "not stated" (never zero) for a place that gave none.
 */
export function PanelView({ rows, year, links }: PanelViewProps) {
  const { lang } = useI18n();
  const model = useMemo(() => panel(rows, year), [rows, year]);
  return (
    <LedgerCard
      className="ledger-panel"
      title={ledgerText(lang, 'panel.title', { year })}
      description={ledgerText(lang, 'panel.description', { year })}
    >
      {model.subjects.length === 0 ? (
        <p className="empty-note">{ledgerText(lang, 'panel.empty', { year })}</p>
      ) : (
        <div className="ledger-panel-grid">
          {model.subjects.map((entry) => {
            const subject = `${subjectName(entry.subject, lang)}${
              entry.measure === 'growth' ? '' : ` · ${measureLabel(entry.measure, lang)}`
            }`;
            return (
              <table
                key={`${entry.subject.key}|${entry.measure}`}
                className="data-table ledger-panel-table"
                data-panel-subject={entry.subject.key}
              >
                <caption>{subject}</caption>
                <tbody>
                  {entry.national ? (
                    <tr className="panel-national">
                      <th scope="row">{ledgerText(lang, 'panel.national')}</th>
                      <td>
                        <FigureLink
                          figure={entry.national}
                          links={links}
                          label={ledgerText(lang, 'table.openTarget', {
                            place: placeName({ zh: '全国', en: 'China' }, lang),
                            year,
                            subject,
                            written: entry.national.written,
                          })}
                        />
                      </td>
                    </tr>
                  ) : null}
                  {entry.places.map(({ place, target }) => (
                    <tr key={place.zh} data-not-stated={target === null || undefined}>
                      <th scope="row">{placeName(place, lang)}</th>
                      <td>
                        {target ? (
                          <FigureLink
                            figure={target}
                            links={links}
                            label={ledgerText(lang, 'table.openTarget', {
                              place: placeName(place, lang),
                              year,
                              subject,
                              written: target.written,
                            })}
                          />
                        ) : (
                          <span className="ledger-note">{ledgerText(lang, 'panel.notStated')}</span>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            );
          })}
        </div>
      )}
    </LedgerCard>
  );
}
