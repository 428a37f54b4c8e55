import { useI18n } from '../lib/i18n/i18n.ts';

export function LoadingSkeleton() {
  const { t } = useI18n();
  return (
    <div className="skeleton-page" role="status" aria-live="polite">
      <span className="visually-hidden">{t('state.loading')}</span>
      <div className="skeleton skeleton-bar" />
      <div className="skeleton-cards">
        {Array.from({ length: 4 }, (_, index) => (
          <div key={index} className="skeleton skeleton-card" />
        ))}
      </div>
      <div className="skeleton skeleton-chart" />
    </div>
  );
}

export function ErrorState({ message, onRetry }: { message: string; onRetry: () => void }) {
  const { t } = useI18n();
  return (
    <div className="state-box error-state" role="alert">
      <h2>{t('state.error.title')}</h2>
      <p className="error-message">{message}</p>
      <button type="button" className="button primary" onClick={onRetry}>
        {t('state.retry')}
      </button>
    </div>
  );
}

export function EmptyState({ onReset }: { onReset: () => void }) {
  const { t } = useI18n();
  return (
    <div className="state-box empty-state" role="status">
      <h2>{t('state.empty.title')}</h2>
      <p>{t('state.empty.body')}</p>
      <button type="button" className="button" onClick={onReset}>
        {t('state.reset')}
      </button>
    </div>
  );
}

/**
 * A report whose review and goals parts could not be found (or whose years are unknown): no
 * figure can be placed as last year's result or this year's goal, so nothing is charted. Said
 * plainly, not as a filter that left nothing; the table below still lists every figure.
 */
export function NoPartsState({ yearsUnknown }: { yearsUnknown: boolean }) {
  const { t } = useI18n();
  return (
    <section className="state-box parts-notice" role="status" data-state="no-parts">
      <h2>{t('state.noParts.title')}</h2>
      <p>{t('state.noParts.body')}</p>
      {yearsUnknown ? <p>{t('state.noParts.upload')}</p> : null}
    </section>
  );
}

/** Parts were found, but no figure is a single year's result or goal with a clear subject. */
export function NoChartableState() {
  const { t } = useI18n();
  return (
    <section className="state-box parts-notice" role="status" data-state="nothing-chartable">
      <h2>{t('state.noChartable.title')}</h2>
      <p>{t('state.noChartable.body')}</p>
    </section>
  );
}

/** One of the two parts is missing: the charts show the other alone, and say why. */
export function MissingPartNote({ missing }: { missing: 'review' | 'plan' }) {
  const { t } = useI18n();
  return (
    <p className="parts-note" data-state={`no-${missing}`}>
      {t(missing === 'review' ? 'state.noReview' : 'state.noPlan')}
    </p>
  );
}
