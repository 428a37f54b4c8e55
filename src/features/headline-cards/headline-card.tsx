import type { CSSProperties } from 'react';
import type { Indicator } from '../../dataset/dataset-schema.ts';
import { formatIndicatorValue } from '../../lib/i18n/format-indicator.ts';
import { comparatorWords, subjectLabel, useI18n } from '../../lib/i18n/i18n.ts';
import { SECTOR_COLORS } from '../../lib/sector-colors.ts';
import { HEADLINE_TIMING, headlineTitle } from './headline-model.ts';
import type { HeadlineCardModel } from './headline-model.ts';

interface HeadlineCardProps {
  card: HeadlineCardModel;
  reviewYear: number | null;
  planYear: number | null;
  onSelectIndicator: (indicatorId: string) => void;
}

/** One headline: the result, an arrow, the goal with its comparator as the report wrote it. */
export function HeadlineCard({ card, reviewYear, planYear, onSelectIndicator }: HeadlineCardProps) {
  const { lang, t } = useI18n();
  const stated = card.actual ?? card.target;
  const subject = stated ? subjectLabel(stated.subject, lang) : '';
  const title = headlineTitle(card.key, lang);
  const value = (indicator: Indicator | null, label: string, missing: string) =>
    indicator ? (
      <button
        type="button"
        className="headline-value"
        name="indicator"
        value={indicator.id}
        aria-label={`${t('headline.open', { subject })} · ${label} ${formatIndicatorValue(indicator, lang)}`}
        onClick={() => onSelectIndicator(indicator.id)}
      >
        <span className="headline-label">{label}</span>
        <span className="headline-number">{formatIndicatorValue(indicator, lang)}</span>
        {indicator.comparator !== 'eq' ? (
          <span className="headline-comparator">{comparatorWords(indicator.comparator, lang)}</span>
        ) : null}
      </button>
    ) : (
      <span className="headline-value missing">
        <span className="headline-label">{label}</span>
        <span className="headline-missing">{missing}</span>
      </span>
    );
  return (
    <li
      className="card headline-card"
      style={
        stated ? ({ '--sector-color': SECTOR_COLORS[stated.sector] } as CSSProperties) : undefined
      }
    >
      {/* Element timing: `npm run perf` reads when the cards' text reached the screen. */}
      <h3 className="headline-title" {...{ elementtiming: HEADLINE_TIMING }}>
        {title}
      </h3>
      {/* The report's own wording, when it says more than the card's name. */}
      {subject !== title ? <p className="headline-subject">{subject}</p> : null}
      <div className="headline-pair">
        {value(
          card.actual,
          t('headline.result', { year: reviewYear ?? '' }),
          t('headline.noResult'),
        )}
        <span className="headline-arrow" aria-hidden="true">
          →
        </span>
        {value(card.target, t('headline.goal', { year: planYear ?? '' }), t('headline.noGoal'))}
      </div>
    </li>
  );
}
