interface FilterSelectProps {
  id: string;
  /** The filter's name, which the build's page and the app share (src/app/early-inputs.ts). */
  name: string;
  label: string;
  /** The first option, which turns the filter off ('' in `onChange`). */
  allLabel: string;
  value: string;
  options: readonly { value: string; label: string }[];
  onChange: (value: string) => void;
}

/** One labelled drop-down of a filter bar (the dashboard's, the ledger's), with an "all" option first. */
export function FilterSelect({
  id,
  name,
  label,
  allLabel,
  value,
  options,
  onChange,
}: FilterSelectProps) {
  return (
    <label className="inline-control" htmlFor={id}>
      <span>{label}</span>
      <select id={id} name={name} value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">{allLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}
