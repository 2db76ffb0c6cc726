interface SizeFieldProps {
  label: string;
  value: string;
  onChange: (text: string) => void;
  testId: string;
  /** the limit shown as the field's max (the engine's own cap) */
  max: number;
  invalid?: boolean;
}

/** A size typed as text: whatever the student types stays in the box, even "0" or "2.5". */
export function SizeField({ label, value, onChange, testId, max, invalid }: SizeFieldProps) {
  return (
    <label className="lsb__field">
      <span>{label}</span>
      <input
        type="number"
        inputMode="numeric"
        min={1}
        max={max}
        step={1}
        value={value}
        aria-invalid={invalid || undefined}
        data-testid={testId}
        onChange={(event) => onChange(event.currentTarget.value)}
      />
    </label>
  );
}
