interface Props {
  id: string;
  min: number;
  max: number;
  step: number;
  value: string;
  invalid: boolean;
  onChange: (value: string) => void;
}

/** A number of seconds, tied to its error message (`<id>-error`) when the value is out of range. */
export function SecondsInput({ id, min, max, step, value, invalid, onChange }: Props) {
  return (
    <input
      id={id}
      type="number"
      inputMode="numeric"
      min={min}
      max={max}
      step={step}
      value={value}
      aria-invalid={invalid}
      aria-describedby={invalid ? `${id}-error` : undefined}
      onChange={(e) => onChange(e.target.value)}
    />
  );
}
