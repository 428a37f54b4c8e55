import { useId } from 'react';
import { VERDICTS } from '../../dataset/attainment-schema.ts';
import type { Place, Verdict } from '../../dataset/attainment-schema.ts';
import { useI18n } from '../../lib/i18n.ts';
import { placeName, subjectName, verdictLabel } from './ledger-format.ts';
import { ledgerText } from './ledger-messages.ts';
import type { LedgerMessageKey } from './ledger-messages.ts';
import type { SubjectChoice } from './ledger-model.ts';

interface LedgerFiltersProps {
  places: readonly Place[];
  subjects: readonly SubjectChoice[];
  place: string | null;
  subject: string | null;
  verdict: Verdict | null;
  onChange: (patch: {
    place?: string | null;
    subject?: string | null;
    verdict?: Verdict | null;
  }) => void;
}

function Select({
  label,
  allKey,
  value,
  options,
  onChange,
}: {
  label: LedgerMessageKey;
  allKey: LedgerMessageKey;
  value: string | null;
  options: readonly { value: string; label: string }[];
  onChange: (value: string | null) => void;
}) {
  const { lang } = useI18n();
  const id = useId();
  return (
    <label className="inline-control" htmlFor={id}>
      <span>{ledgerText(lang, label)}</span>
      <select
        id={id}
        value={value ?? ''}
        onChange={(event) => onChange(event.target.value || null)}
      >
        <option value="">{ledgerText(lang, allKey)}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Place, subject and verdict: the ledger's own filters (the sector chips sit beside them). */
export function LedgerFilters({
  places,
  subjects,
  place,
  subject,
  verdict,
  onChange,
}: LedgerFiltersProps) {
  const { lang } = useI18n();
  return (
    <div className="ledger-filters">
      <Select
        label="place"
        allKey="place.all"
        value={place}
        options={places.map((option) => ({ value: option.zh, label: placeName(option, lang) }))}
        onChange={(next) => onChange({ place: next })}
      />
      <Select
        label="subject"
        allKey="subject.all"
        value={subject}
        options={subjects.map((option) => ({
          value: option.key,
          label: subjectName(option, lang),
        }))}
        onChange={(next) => onChange({ subject: next })}
      />
      <Select
        label="verdict"
        allKey="verdict.all"
        value={verdict}
        options={VERDICTS.map((option) => ({ value: option, label: verdictLabel(option, lang) }))}
        onChange={(next) => onChange({ verdict: next as Verdict | null })}
      />
    </div>
  );
}
