import { useId } from 'react';
import { FilterSelect } from '../../components/filter-select.tsx';
import { VERDICTS } from '../../dataset/attainment-schema.ts';
import type { Place, Verdict } from '../../dataset/attainment-schema.ts';
import { useI18n } from '../../lib/i18n/i18n.ts';
import { placeName, subjectName, verdictLabel } from './ledger-format.ts';
import { ledgerText } from './ledger-messages.ts';
import type { SubjectChoice } from './ledger-model.ts';

interface LedgerFiltersProps {
  places: readonly Place[];
  subjects: readonly SubjectChoice[];
  place: string | null;
  subject: string | null;
  verdict: Verdict | null;
  allSubjects: boolean;
  onChange: (patch: {
    place?: string | null;
    subject?: string | null;
    verdict?: Verdict | null;
    allSubjects?: boolean;
  }) => void;
}

/** Place, subject and verdict: the ledger's own filters (the sector chips sit beside them). */
export function LedgerFilters({
  places,
  subjects,
  place,
  subject,
  verdict,
  allSubjects,
  onChange,
}: LedgerFiltersProps) {
  const { lang } = useI18n();
  const baseId = useId();
  return (
    <div className="ledger-filters">
      <FilterSelect
        id={`${baseId}-place`}
        name="ledger-place"
        label={ledgerText(lang, 'place')}
        allLabel={ledgerText(lang, 'place.all')}
        value={place ?? ''}
        options={places.map((option) => ({ value: option.zh, label: placeName(option, lang) }))}
        onChange={(next) => onChange({ place: next || null })}
      />
      <FilterSelect
        id={`${baseId}-subject`}
        name="ledger-subject"
        label={ledgerText(lang, 'subject')}
        allLabel={ledgerText(lang, 'subject.all')}
        value={subject ?? ''}
        options={subjects.map((option) => ({
          value: option.key,
          label: subjectName(option, lang),
        }))}
        onChange={(next) => onChange({ subject: next || null })}
      />
      <FilterSelect
        id={`${baseId}-verdict`}
        name="ledger-verdict"
        label={ledgerText(lang, 'verdict')}
        allLabel={ledgerText(lang, 'verdict.all')}
        value={verdict ?? ''}
        options={VERDICTS.map((option) => ({ value: option, label: verdictLabel(option, lang) }))}
        onChange={(next) =>
          onChange({ verdict: VERDICTS.find((option) => option === next) ?? null })
        }
      />
      <label className="check-control">
        <input
          type="checkbox"
          checked={allSubjects}
          onChange={(event) => onChange({ allSubjects: event.target.checked })}
        />
        <span>{ledgerText(lang, 'allSubjects')}</span>
      </label>
    </div>
  );
}
