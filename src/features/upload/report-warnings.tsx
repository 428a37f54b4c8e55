import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { ReportTextQuery } from '../../api/report-list.ts';
import type { SlimDataset } from '../../dataset/dataset-schema.ts';
import { useI18n } from '../../lib/i18n/i18n.ts';
import { uploadText } from './upload-messages.ts';

/**
 * What the extractor saw but did not understand, so a reader knows what may be missing. The
 * words each warning points at come from the report text, loaded when the list is opened.
 */
export function ReportWarnings({ dataset, text }: { dataset: SlimDataset; text: ReportTextQuery }) {
  const { lang } = useI18n();
  const [open, setOpen] = useState(false);
  const { data: reportText } = useQuery({ ...text, enabled: open });
  if (dataset.warnings.length === 0) return null;
  return (
    <details
      className="card report-warnings"
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary>{uploadText(lang, 'warnings', { count: dataset.warnings.length })}</summary>
      <ul>
        {dataset.warnings.map((warning, index) => (
          <li key={index}>
            {warning.message}
            {reportText !== undefined && warning.end > warning.start ? (
              <>
                {': '}
                <q>{reportText.slice(warning.start, Math.min(warning.end, warning.start + 80))}</q>
              </>
            ) : null}
          </li>
        ))}
      </ul>
    </details>
  );
}
