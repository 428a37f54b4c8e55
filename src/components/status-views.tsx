import { useI18n } from '../lib/i18n.ts';

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
