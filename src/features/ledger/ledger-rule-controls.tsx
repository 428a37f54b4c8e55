import { useId, useState } from 'react';
import { useI18n } from '../../lib/i18n/i18n.ts';
import { RANGE_RULES } from '../../dataset/verdicts.ts';
import type { RangeRule } from '../../dataset/verdicts.ts';
import { ledgerText } from './ledger-messages.ts';

interface LedgerRuleControlsProps {
  /** null: 左右 read strictly. */
  tolerance: number | null;
  range: RangeRule;
  onChange: (patch: { tolerance?: number | null; range?: RangeRule }) => void;
}

/** Where a reader first switches to a tolerance: half a point, the usual reading of 左右. */
const FIRST_TOLERANCE = 0.5;

function parseTolerance(text: string): number | null {
  const value = Number(text);
  return text.trim() !== '' && Number.isFinite(value) && value >= 0 && value <= 10
    ? Math.round(value * 100) / 100
    : null;
}

/** The verdict rule, shown and switchable: 左右 strict or with a tolerance; a range within or at its lower bound. */
export function LedgerRuleControls({ tolerance, range, onChange }: LedgerRuleControlsProps) {
  const { lang } = useI18n();
  const baseId = useId();
  // The field keeps what is typed ("0." on the way to "0.5"); the URL gets only valid numbers.
  const [draft, setDraft] = useState(String(tolerance ?? FIRST_TOLERANCE));
  const strict = tolerance === null;
  return (
    <fieldset className="ledger-rule">
      <legend>{ledgerText(lang, 'rule')}</legend>
      <div className="ledger-rule-groups">
        <div role="radiogroup" aria-labelledby={`${baseId}-approx`} className="ledger-rule-group">
          <span id={`${baseId}-approx`} className="ledger-rule-label">
            {ledgerText(lang, 'rule.approx')}
          </span>
          <label className="check-control">
            <input
              type="radio"
              name={`${baseId}-approx`}
              checked={strict}
              onChange={() => onChange({ tolerance: null })}
            />
            <span>{ledgerText(lang, 'rule.approx.strict')}</span>
          </label>
          <label className="check-control">
            <input
              type="radio"
              name={`${baseId}-approx`}
              checked={!strict}
              onChange={() => onChange({ tolerance: parseTolerance(draft) ?? FIRST_TOLERANCE })}
            />
            <span>{ledgerText(lang, 'rule.approx.tolerance')}</span>
          </label>
          <label className="inline-control" htmlFor={`${baseId}-tolerance`}>
            <span>{ledgerText(lang, 'rule.tolerance')}</span>
            <input
              id={`${baseId}-tolerance`}
              type="number"
              inputMode="decimal"
              min={0}
              max={10}
              step={0.1}
              value={draft}
              disabled={strict}
              onChange={(event) => {
                setDraft(event.target.value);
                const next = parseTolerance(event.target.value);
                if (next !== null) onChange({ tolerance: next });
              }}
            />
          </label>
        </div>
        <div role="radiogroup" aria-labelledby={`${baseId}-range`} className="ledger-rule-group">
          <span id={`${baseId}-range`} className="ledger-rule-label">
            {ledgerText(lang, 'rule.range')}
          </span>
          {RANGE_RULES.map((option) => (
            <label key={option} className="check-control">
              <input
                type="radio"
                name={`${baseId}-range`}
                checked={range === option}
                onChange={() => onChange({ range: option })}
              />
              <span>{ledgerText(lang, `rule.range.${option}`)}</span>
            </label>
          ))}
        </div>
      </div>
      <p className="ledger-rule-note">{ledgerText(lang, 'rule.floorCeiling')}</p>
    </fieldset>
  );
}
