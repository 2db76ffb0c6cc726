import { LockBadge } from '../../components/LockBadge.tsx';
import { lockedControl } from '../../components/locked-control.ts';

interface SizeFieldProps {
  label: string;
  value: string;
  onChange: (text: string) => void;
  testId: string;
  /** the limit shown as the field's max (the engine's own cap) */
  max: number;
  invalid?: boolean;
  /** An instructor's link set this size: shown, marked, not changeable. */
  locked?: boolean;
}

/** A size typed as text: whatever the student types stays in the box, even "0" or "2.5". */
export function SizeField(props: SizeFieldProps) {
  const { label, value, onChange, testId, max, invalid, locked = false } = props;
  return (
    <label className="lsb__field">
      <span>{label}</span>
      <LockBadge locked={locked} />
      <input
        type="number"
        inputMode="numeric"
        min={1}
        max={max}
        step={1}
        value={value}
        aria-invalid={invalid || undefined}
        data-testid={testId}
        {...lockedControl(locked)}
        onChange={(event) => onChange(event.currentTarget.value)}
      />
    </label>
  );
}
