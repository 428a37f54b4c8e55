import type { Dataset } from '../../dataset/dataset-schema.ts';
import { useI18n } from '../../lib/i18n/i18n.ts';
import { uploadText } from './upload-messages.ts';

/** What the extractor saw but did not understand, so a reader knows what may be missing. */
export function ReportWarnings({ dataset }: { dataset: Dataset }) {
  const { lang } = useI18n();
  if (dataset.warnings.length === 0) return null;
  return (
    <details className="card report-warnings">
      <summary>{uploadText(lang, 'warnings', { count: dataset.warnings.length })}</summary>
      <ul>
        {dataset.warnings.map((warning, index) => (
          <li key={index}>
            {warning.message}
            {warning.end > warning.start ? (
              <>
                {': '}
                <q>
                  {dataset.text.slice(warning.start, Math.min(warning.end, warning.start + 80))}
                </q>
              </>
            ) : null}
          </li>
        ))}
      </ul>
    </details>
  );
}
