import { useId } from 'react';
import { reportEntryLabel, useReportList } from '../../api/report-list.ts';
import { useI18n } from '../../lib/i18n.ts';

interface ReportPickerProps {
  /** The report on screen (already resolved to the default when the URL names none). */
  value: string | null;
  onChange: (reportId: string) => void;
}

/** Lists every report from useReportList (bundled now, uploaded ones merged in there). */
export function ReportPicker({ value, onChange }: ReportPickerProps) {
  const { lang, t } = useI18n();
  const id = useId();
  const { reports } = useReportList();
  // While the list loads the select is there but disabled, so the header does not jump.
  return (
    <label className="inline-control report-picker" htmlFor={id}>
      <span>{t('header.report')}</span>
      <select
        id={id}
        value={value ?? ''}
        disabled={reports.length === 0}
        onChange={(event) => onChange(event.target.value)}
      >
        {reports.length === 0 ? <option value={value ?? ''}>{t('state.loading')}</option> : null}
        {reports.length > 0 && value !== null && !reports.some((report) => report.id === value) ? (
          <option value={value}>{value}</option>
        ) : null}
        {reports.map((report) => (
          <option key={report.id} value={report.id}>
            {reportEntryLabel(report, lang)}
          </option>
        ))}
      </select>
    </label>
  );
}
