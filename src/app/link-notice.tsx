import type { LinkCorrection } from './link-check.ts';
import { useI18n } from '../lib/i18n/i18n.ts';

interface LinkNoticeProps {
  corrections: readonly LinkCorrection[];
  /** What is shown instead of a report the link named ("Beihai 2024"). */
  shownReport: string;
  onDismiss: () => void;
}

/** One line per part of the link that was dropped, in the page's language. */
export function LinkNotice({ corrections, shownReport, onDismiss }: LinkNoticeProps) {
  const { t } = useI18n();
  if (corrections.length === 0) return null;
  return (
    <section className="link-notice" role="status" aria-label={t('link.title')}>
      <ul>
        {corrections.map((correction, index) => (
          <li key={`${correction.param}-${index}`}>
            {t(`link.${correction.param}`, { value: correction.value, shown: shownReport })}
          </li>
        ))}
      </ul>
      <button type="button" className="link-button" onClick={onDismiss}>
        {t('link.dismiss')}
      </button>
    </section>
  );
}
