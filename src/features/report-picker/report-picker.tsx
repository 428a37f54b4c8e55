import { useId, useMemo } from 'react';
import { useReportList } from '../../api/report-list.ts';
import { useI18n } from '../../lib/i18n/i18n.ts';
import { groupReports } from './picker-groups.ts';

interface ReportPickerProps {
  /** The report on screen (already resolved to the default when the URL names none). */
  value: string | null;
  onChange: (reportId: string) => void;
}

/**
 * Every report from useReportList, one option group per place with its years in order, and the
 * uploaded ones in a group of their own. Only the index is read here: a report's dataset loads
 * when it is chosen.
 */
export function ReportPicker({ value, onChange }: ReportPickerProps) {
  const { lang, t } = useI18n();
  const id = useId();
  const { reports } = useReportList();
  const groups = useMemo(() => groupReports(reports, lang), [reports, lang]);
  // While the list loads the select is there but disabled, so the header does not jump.
  return (
    <label className="inline-control report-picker" htmlFor={id}>
      <span>{t('header.report')}</span>
      <select
        id={id}
        name="report"
        value={value ?? ''}
        disabled={reports.length === 0}
        onChange={(event) => onChange(event.target.value)}
      >
        {reports.length === 0 ? <option value={value ?? ''}>{t('state.loading')}</option> : null}
        {reports.length > 0 && value !== null && !reports.some((report) => report.id === value) ? (
          <option value={value}>{value}</option>
        ) : null}
        {groups.map((group) => (
          <optgroup key={group.label} label={group.label}>
            {group.options.map((option) => (
              <option key={option.id} value={option.id}>
                {option.label}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </label>
  );
}
