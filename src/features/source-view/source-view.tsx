import { useEffect, useId, useMemo, useRef } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { ReportTextQuery } from '../../api/report-list.ts';
import { ErrorState } from '../../components/status-views.tsx';
import type { Indicator, SlimDataset } from '../../dataset/dataset-schema.ts';
import { sectorLabel } from '../../dataset/sector-taxonomy.ts';
import { formatIndicatorValue } from '../../lib/i18n/format-indicator.ts';
import {
  comparatorWords,
  kindLabel,
  measureLabel,
  subjectLabel,
  useI18n,
} from '../../lib/i18n/i18n.ts';
import { segmentText } from './source-model.ts';

interface SourceViewProps {
  dataset: SlimDataset;
  /** The report text: the dashboard's first load goes without it, so it loads here. */
  text: ReportTextQuery;
  selectedId: string;
  onSelectIndicator: (indicatorId: string) => void;
  onShowInTable: (indicatorId: string) => void;
  onClose: () => void;
}

/**
 * The report text with every extracted number marked and the chosen one highlighted in
 * its sentence. Text is rendered as React text nodes only, never as HTML.
 */
export function SourceView({
  dataset,
  text,
  selectedId,
  onSelectIndicator,
  onShowInTable,
  onClose,
}: SourceViewProps) {
  const { lang, t } = useI18n();
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const highlightRef = useRef<HTMLElement>(null);
  const textRef = useRef<HTMLDivElement>(null);
  const byId = useMemo(
    () => new Map<string, Indicator>(dataset.indicators.map((i) => [i.id, i])),
    [dataset.indicators],
  );
  const selected = byId.get(selectedId) ?? null;
  const textQuery = useQuery(text);
  const reportText = textQuery.data;
  const segments = useMemo(
    () => (reportText === undefined ? [] : segmentText(reportText, dataset.indicators, selectedId)),
    [reportText, dataset.indicators, selectedId],
  );

  useEffect(() => {
    headingRef.current?.focus({ preventScroll: true });
  }, []);

  useEffect(() => {
    // Scroll the text box only: scrollIntoView would also scroll the page, jumping away
    // from the chart or row the reader just chose.
    const target = highlightRef.current;
    const box = textRef.current;
    if (!target || !box) return;
    const offset = target.getBoundingClientRect().top - box.getBoundingClientRect().top;
    box.scrollTop += offset - box.clientHeight / 2 + target.offsetHeight / 2;
  }, [selectedId, reportText]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);

  const numberLabel = (indicatorId: string): string => {
    const indicator = byId.get(indicatorId);
    return indicator
      ? t('source.number', {
          subject: subjectLabel(indicator.subject, lang),
          value: formatIndicatorValue(indicator, lang),
        })
      : indicatorId;
  };

  return (
    <aside className="source-panel" aria-labelledby={headingId}>
      <header className="source-header">
        <h2 id={headingId} ref={headingRef} tabIndex={-1}>
          {t('source.title')}
        </h2>
        <button type="button" className="button" onClick={onClose} aria-label={t('source.close')}>
          ✕
        </button>
      </header>
      {selected ? (
        <div className="source-selected">
          <p className="source-selected-label">{t('source.selected')}</p>
          <p className="source-selected-subject">
            {subjectLabel(selected.subject, lang)}
            <strong className="source-selected-value">
              {formatIndicatorValue(selected, lang)}
            </strong>
          </p>
          <p className="source-selected-meta">
            {sectorLabel(selected.sector, lang)} · {selected.year ?? t('year.none')}{' '}
            {kindLabel(selected.kind, lang)} · {measureLabel(selected.measure, lang)}
            {selected.comparator === 'eq'
              ? null
              : ` · ${comparatorWords(selected.comparator, lang)}`}
          </p>
          <button type="button" className="button" onClick={() => onShowInTable(selected.id)}>
            {t('source.toTable')}
          </button>
        </div>
      ) : null}
      <p className="source-hint">{t('source.marks', { count: dataset.indicators.length })}</p>
      {textQuery.isError ? (
        <ErrorState message={textQuery.error.message} onRetry={() => void textQuery.refetch()} />
      ) : null}
      <div
        className={reportText === undefined ? 'source-text skeleton' : 'source-text'}
        lang="zh-CN"
        ref={textRef}
        aria-busy={reportText === undefined}
      >
        {textQuery.isPending ? <span className="visually-hidden">{t('state.loading')}</span> : null}
        {segments.map((segment, index) => {
          const sentence = segment.inSentence ? 'in-sentence' : undefined;
          if (segment.kind === 'text') {
            return (
              <span key={index} className={sentence}>
                {segment.text}
              </span>
            );
          }
          const button = (
            <button
              type="button"
              className={`num-mark ${sentence ?? ''}`.trim()}
              aria-label={numberLabel(segment.indicatorId)}
              aria-pressed={segment.selected}
              onClick={() => onSelectIndicator(segment.indicatorId)}
            >
              {segment.text}
            </button>
          );
          // The number and the punctuation after it share a line (no 。 at a line start).
          return (
            <span key={index} className="num-keep">
              {segment.selected ? (
                <mark ref={highlightRef} className="num-highlight">
                  {button}
                </mark>
              ) : (
                button
              )}
              {segment.after ? <span className={sentence}>{segment.after}</span> : null}
            </span>
          );
        })}
      </div>
    </aside>
  );
}
