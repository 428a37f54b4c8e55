import { useId, useImperativeHandle, useMemo, useRef, useState } from 'react';
import type { ReactNode, Ref } from 'react';
import type { Bilingual, Indicator } from '../../dataset/dataset-schema.ts';
import { sectorLabel } from '../../dataset/sector-taxonomy.ts';
import { formatIndicatorValue } from '../../lib/i18n/format-indicator.ts';
import {
  comparatorWords,
  kindLabel,
  measureLabel,
  subjectLabel,
  useI18n,
} from '../../lib/i18n/i18n.ts';
import type { MessageKey } from '../../lib/i18n/i18n.ts';
import type { Lang } from '../../lib/i18n/lang.ts';
import { SECTOR_COLORS } from '../../lib/sector-colors.ts';
import { indicatorFlags, nextSort, rowDomId, SORT_KEYS, sortIndicators } from './table-model.ts';
import type { IndicatorFlag, IndicatorFlagKind, SortKey, SortState } from './table-model.ts';
import { useVirtualRows } from './use-virtual-rows.ts';

/** What the page may ask of the table. */
export interface IndicatorTableHandle {
  /** Scrolls a row that is not drawn (a long table draws only rows in view) into view. */
  reveal: (indicatorId: string) => boolean;
}

interface IndicatorTableProps {
  indicators: readonly Indicator[];
  selectedId: string | null;
  onSelectIndicator: (indicatorId: string) => void;
  /** The export slot for the whole filtered table (CSV); see ChartEnvironment.renderActions. */
  actions?: ReactNode;
  handle?: Ref<IndicatorTableHandle>;
}

const HEADERS: Record<SortKey, MessageKey> = {
  subject: 'table.subject',
  sector: 'table.sector',
  yearKind: 'table.yearKind',
  measure: 'table.measure',
  value: 'table.value',
  quote: 'table.quote',
};

/*
 * A subject's name in the page's language is the link; the other language's name, when the
 * dataset has one, sits under it (an English reader sees the English first).
 */
function otherLang(lang: Lang): Lang {
  return lang === 'en' ? 'zh' : 'en';
}

function nameLang(lang: Lang, subject: Bilingual): string {
  return lang === 'en' && subject.en ? 'en' : 'zh-CN';
}

function otherName(lang: Lang, subject: Bilingual): string | null {
  const other = subjectLabel(subject, otherLang(lang));
  return other === subjectLabel(subject, lang) ? null : other;
}

/** A row's badges of one kind or another; the hint is its title and is read after the label. */
function Flags({ flags, kinds }: { flags: IndicatorFlag[]; kinds: IndicatorFlagKind[] }) {
  const shown = flags.filter((flag) => kinds.includes(flag.kind));
  if (shown.length === 0) return null;
  return (
    <>
      {shown.map((flag) => (
        <span
          key={flag.kind}
          className={`indicator-flag flag-${flag.kind}`}
          data-flag={flag.kind}
          title={flag.hint}
        >
          {flag.label}
          <span className="visually-hidden">{`: ${flag.hint}`}</span>
        </span>
      ))}
    </>
  );
}

/** The height of the rows a long table does not draw, so the page keeps its full length. */
function SpacerRow({ height }: { height: number }) {
  if (height <= 0) return null;
  return <tr aria-hidden="true" className="virtual-spacer" style={{ height }} />;
}

/** Every indicator that passes the filters, sortable, each row leading to its sentence. */
export function IndicatorTable({
  indicators,
  selectedId,
  onSelectIndicator,
  actions,
  handle,
}: IndicatorTableProps) {
  const { lang, t } = useI18n();
  const headingId = useId();
  const [sort, setSort] = useState<SortState>({ key: null, direction: 'ascending' });
  const sorted = useMemo(() => sortIndicators(indicators, sort), [indicators, sort]);
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const drawn = useVirtualRows(sorted, bodyRef);
  useImperativeHandle(
    handle,
    () => ({
      reveal: (indicatorId) => {
        const index = sorted.findIndex((indicator) => indicator.id === indicatorId);
        if (index >= 0) drawn.scrollToRow(index);
        return index >= 0;
      },
    }),
    [sorted, drawn],
  );
  const notCharted = useMemo(
    // Yearless rows say so in their year cell; these are the ones a reader could take as charted.
    () => indicators.filter((indicator) => indicator.subject.unclear || indicator.period !== null),
    [indicators],
  );
  return (
    <section className="card table-card" aria-labelledby={headingId}>
      <header className="card-header">
        <div>
          <h2 id={headingId}>{t('table.title')}</h2>
          <p className="card-description">
            {t('table.description')} {t('table.count', { count: indicators.length })}
          </p>
          {notCharted.length > 0 ? (
            <p className="card-description table-flagged">
              {t('table.flagged', { count: notCharted.length })}
            </p>
          ) : null}
        </div>
        <div className="card-actions">{actions}</div>
      </header>
      <div className="table-scroll">
        <table className="indicator-table">
          <caption className="visually-hidden">{t('table.title')}</caption>
          <thead>
            <tr>
              {SORT_KEYS.map((key) => (
                <th key={key} scope="col" aria-sort={sort.key === key ? sort.direction : undefined}>
                  <button
                    type="button"
                    className="sort-button"
                    onClick={() => setSort((current) => nextSort(current, key))}
                  >
                    {t(HEADERS[key])}
                    <span aria-hidden="true" className="sort-mark">
                      {sort.key === key ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}
                    </span>
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody ref={bodyRef}>
            <SpacerRow height={drawn.paddingTop} />
            {drawn.rows.map(({ item: indicator, index }) => {
              const flags = indicatorFlags(indicator, lang);
              return (
                <tr
                  key={indicator.id}
                  ref={drawn.measureRow}
                  data-index={index}
                  id={rowDomId(indicator.id)}
                  className={indicator.id === selectedId ? 'selected' : undefined}
                  aria-current={indicator.id === selectedId ? 'true' : undefined}
                  // The whole row answers a mouse click; the name's button stays the keyboard
                  // way in. Selecting a quote to copy it is not a click on the row.
                  onClick={(event) => {
                    if ((event.target as Element).closest('button, a')) return;
                    if (window.getSelection()?.toString()) return;
                    onSelectIndicator(indicator.id);
                  }}
                >
                  <td>
                    <button
                      type="button"
                      className="link-button"
                      aria-label={t('table.open', {
                        subject: subjectLabel(indicator.subject, lang),
                      })}
                      onClick={() => onSelectIndicator(indicator.id)}
                    >
                      <span lang={nameLang(lang, indicator.subject)}>
                        {subjectLabel(indicator.subject, lang)}
                      </span>
                    </button>
                    {otherName(lang, indicator.subject) ? (
                      <span
                        className="subject-other"
                        lang={nameLang(otherLang(lang), indicator.subject)}
                      >
                        {otherName(lang, indicator.subject)}
                      </span>
                    ) : null}
                    <Flags flags={flags} kinds={['unclear']} />
                  </td>
                  <td>
                    <span
                      className="sector-dot"
                      style={{ background: SECTOR_COLORS[indicator.sector] }}
                      aria-hidden="true"
                    />
                    {sectorLabel(indicator.sector, lang)}
                  </td>
                  <td>
                    {indicator.period ? (
                      <Flags flags={flags} kinds={['period']} />
                    ) : (
                      (indicator.year ?? t('year.none'))
                    )}{' '}
                    {kindLabel(indicator.kind, lang)} <Flags flags={flags} kinds={['estimated']} />
                  </td>
                  <td>{measureLabel(indicator.measure, lang)}</td>
                  <td className="value-cell">
                    {formatIndicatorValue(indicator, lang)}{' '}
                    {indicator.comparator !== 'eq' ? (
                      <span className="comparator-words">
                        {comparatorWords(indicator.comparator, lang)}
                      </span>
                    ) : null}
                  </td>
                  <td className="quote-cell" lang="zh-CN">
                    {indicator.source.quote}
                  </td>
                </tr>
              );
            })}
            <SpacerRow height={drawn.paddingBottom} />
          </tbody>
        </table>
      </div>
    </section>
  );
}
