import type { ReportEntry } from '../../api/report-list.ts';
import { useI18n } from '../../lib/i18n/i18n.ts';
import { compareText } from './compare-messages.ts';
import type { ReportLook } from './report-colors.ts';

/** A group of the report library: a place with its years, or the uploaded reports. */
export interface PickerGroupShape {
  label: string;
  options: readonly { id: string; label: string }[];
}

interface ComparePickerProps {
  groups: readonly PickerGroupShape[];
  reports: readonly ReportEntry[];
  /** The chosen ids, in the order chosen. */
  selected: readonly string[];
  looks: ReadonlyMap<string, ReportLook>;
  onSelect: (ids: string[]) => void;
}

/**
 * The library as checkbox chips, one row per place; a chosen report shows the colour and shape
 * it has in the charts, so the picker doubles as the key.
 */
export function ComparePicker({ groups, reports, selected, looks, onSelect }: ComparePickerProps) {
  const { lang } = useI18n();
  const toggle = (id: string, checked: boolean) =>
    onSelect(checked ? [...selected, id] : selected.filter((other) => other !== id));
  return (
    <fieldset className="compare-picker card">
      <legend>
        {compareText(lang, 'choose')} · {compareText(lang, 'chosen', { count: selected.length })}
      </legend>
      {groups.map((group) => (
        <div
          key={group.label}
          className="compare-picker-group"
          role="group"
          aria-label={group.label}
        >
          <span className="compare-picker-place">{group.label}</span>
          <div className="chip-row">
            {group.options.map((option) => {
              const look = looks.get(option.id);
              const uploaded = reports.find((report) => report.id === option.id)?.origin;
              return (
                <label key={option.id} className="chip" data-report={option.id}>
                  <input
                    type="checkbox"
                    checked={selected.includes(option.id)}
                    onChange={(event) => toggle(option.id, event.target.checked)}
                  />{' '}
                  {look && selected.includes(option.id) ? (
                    <span className="table-swatch" style={{ color: look.color }} aria-hidden="true">
                      {look.glyph}{' '}
                    </span>
                  ) : null}
                  {option.label}
                  {uploaded && uploaded !== 'bundled'
                    ? ` (${compareText(lang, 'uploaded')})`
                    : null}
                </label>
              );
            })}
          </div>
        </div>
      ))}
    </fieldset>
  );
}
