import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import type { StatedYears } from '../../extract/extract-report.ts';
import { useI18n } from '../../lib/i18n/i18n.ts';
import type { Lang } from '../../lib/i18n/lang.ts';
import type { StatedYearField, StatedYearProblem } from '../../dataset/stated-years.ts';
import {
  checkStatedYears,
  MAX_STATED_YEAR,
  MIN_STATED_YEAR,
  parseStatedYear,
} from '../../dataset/stated-years.ts';
import type { YearSuggestion } from './suggest-years.ts';
import { uploadText, yearFieldName } from './upload-messages.ts';
import type { UploadMessageKey } from './upload-messages.ts';

interface YearsFormProps {
  /** The file's name, as the user chose it. */
  name: string;
  suggestion: YearSuggestion | null;
  onConfirm: (years: StatedYears) => void;
  onSkip: () => void;
}

const PROBLEM_MESSAGES: Record<StatedYearProblem, UploadMessageKey> = {
  'not-a-year': 'yearNotAYear',
  'out-of-range': 'yearOutOfRange',
  'other-out-of-range': 'yearOtherOutOfRange',
  'plan-not-after-review': 'planNotAfterReview',
};

const SUGGESTION_MESSAGES: Record<YearSuggestion['from'], UploadMessageKey> = {
  report: 'suggestedReport',
  'file-name': 'suggestedFileName',
  text: 'suggestedText',
};

interface FormProblem {
  /** null: no field is to blame (none was filled in). */
  field: StatedYearField | null;
  message: string;
}

/** What is wrong with the two inputs as typed, or the years to read the report with. */
function checkInputs(
  review: string,
  plan: string,
  lang: Lang,
): { ok: true; years: StatedYears } | { ok: false; problem: FormProblem } {
  const number = (text: string) => (text.trim() === '' ? null : parseStatedYear(text));
  const reviewYear = number(review);
  const planYear = number(plan);
  if (reviewYear === null && planYear === null) {
    return { ok: false, problem: { field: null, message: uploadText(lang, 'yearsMissing') } };
  }
  const check = checkStatedYears({ reviewYear, planYear });
  if (check.ok) return check;
  const message = uploadText(lang, PROBLEM_MESSAGES[check.problem], {
    field: yearFieldName(lang, check.field),
  });
  return { ok: false, problem: { field: check.field, message } };
}

/**
 * Asks for a report's review and plan years when its text does not say them. A suggestion,
 * where there is one, fills the inputs and is said to be a guess for as long as it stands.
 */
export function YearsForm({ name, suggestion, onConfirm, onSkip }: YearsFormProps) {
  const { lang } = useI18n();
  const id = useId();
  const [review, setReview] = useState(suggestion ? String(suggestion.reviewYear) : '');
  const [plan, setPlan] = useState(suggestion ? String(suggestion.planYear) : '');
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const ids = {
    heading: `${id}-heading`,
    review: `${id}-review`,
    plan: `${id}-plan`,
    hint: `${id}-hint`,
    suggestion: `${id}-suggestion`,
    problem: `${id}-problem`,
  };
  const suggested =
    suggestion !== null &&
    review === String(suggestion.reviewYear) &&
    plan === String(suggestion.planYear);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = checkInputs(review, plan, lang);
    if (!result.ok) {
      setProblem(result.problem);
      return;
    }
    setProblem(null);
    onConfirm(result.years);
  };

  const describedBy = (field: StatedYearField) =>
    [
      ids.hint,
      suggested ? ids.suggestion : null,
      problem && (problem.field === field || problem.field === null) ? ids.problem : null,
    ]
      .filter(Boolean)
      .join(' ');

  const input = (field: StatedYearField, value: string, set: (value: string) => void) => (
    <div className="years-field">
      <label htmlFor={field === 'reviewYear' ? ids.review : ids.plan}>
        {uploadText(lang, field)}
      </label>
      <input
        id={field === 'reviewYear' ? ids.review : ids.plan}
        type="number"
        inputMode="numeric"
        min={MIN_STATED_YEAR}
        max={MAX_STATED_YEAR}
        step={1}
        value={value}
        className={suggested ? 'suggested' : undefined}
        aria-invalid={problem?.field === field ? true : undefined}
        aria-describedby={describedBy(field)}
        onChange={(event) => {
          set(event.target.value);
          setProblem(null);
        }}
      />
    </div>
  );

  return (
    <form className="years-form" aria-labelledby={ids.heading} onSubmit={submit} noValidate>
      <h3 id={ids.heading}>{uploadText(lang, 'yearsTitle')}</h3>
      <p>{uploadText(lang, 'yearsIntro', { name })}</p>
      <div className="years-fields">
        {input('reviewYear', review, setReview)}
        {input('planYear', plan, setPlan)}
      </div>
      {suggested ? (
        <p id={ids.suggestion} className="year-suggestion">
          {uploadText(lang, SUGGESTION_MESSAGES[suggestion.from], {
            evidence: suggestion.evidence,
            review: suggestion.reviewYear,
            plan: suggestion.planYear,
          })}
        </p>
      ) : suggestion === null ? (
        <p className="year-suggestion">{uploadText(lang, 'noSuggestion')}</p>
      ) : null}
      <p id={ids.hint} className="card-description">
        {uploadText(lang, 'yearsHint')}
      </p>
      {problem ? (
        <p id={ids.problem} role="alert" className="years-problem">
          {problem.message}
        </p>
      ) : null}
      <div className="years-actions">
        <button type="submit" className="button primary">
          {uploadText(lang, 'yearsSubmit')}
        </button>
        <button type="button" className="button" onClick={onSkip}>
          {uploadText(lang, 'yearsSkip')}
        </button>
      </div>
    </form>
  );
}
