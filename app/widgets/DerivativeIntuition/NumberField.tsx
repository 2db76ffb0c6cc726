import { useId, useState } from 'react';
import { LockBadge } from '../../components/LockBadge.tsx';
import { lockedControl } from '../../components/locked-control.ts';
import './NumberField.css';

/** Plain decimal notation, as the URL accepts it: 2, -0.5, .25, 1e-4. */
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

interface NumberFieldProps {
  label: string;
  value: number;
  /** How the current value is shown when the field is not being edited. */
  format: (value: number) => string;
  /** Called with every typed value that passes `problem`. */
  onChange: (value: number) => void;
  /** Why a typed value cannot be used (shown under the field), or null when it can. */
  problem: (value: number) => string | null;
  testId: string;
  hint?: string;
  /** Arrow Up/Down change the value by this much. */
  step?: number | 'any';
  className?: string;
  /** An instructor's link set this value: shown, marked, not changeable. */
  locked?: boolean;
}

/**
 * A typed number for a lesson: a half-typed value ("-", "0.") stays in the box, a value
 * that cannot be used is named beside the field (aria-invalid), and the last good value
 * stays in effect until the box holds a usable one again.
 */
export function NumberField({
  label,
  value,
  format,
  onChange,
  problem,
  testId,
  hint,
  step = 'any',
  className = 'number-field',
  locked = false,
}: NumberFieldProps) {
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  // A value set from elsewhere (a drag, a button, a link) replaces whatever is half-typed here.
  const [shown, setShown] = useState({ value, typed: Number.NaN });
  if (value !== shown.value) {
    setShown({ value, typed: shown.typed });
    if (value !== shown.typed) {
      setDraft(null);
      setError(null);
    }
  }
  const id = useId();
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].join(' ').trim();
  return (
    <div className={className}>
      <label htmlFor={id}>{label}</label>
      <LockBadge locked={locked} />
      <input
        id={id}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        spellCheck={false}
        data-testid={testId}
        value={draft ?? format(value)}
        aria-invalid={error ? true : undefined}
        {...lockedControl(locked, described || undefined)}
        onChange={(event) => {
          const text = event.currentTarget.value;
          setDraft(text);
          const parsed = DECIMAL.test(text.trim()) ? Number(text.trim()) : Number.NaN;
          const why = problem(parsed);
          setError(why);
          if (why === null) {
            setShown({ value, typed: parsed });
            onChange(parsed);
          }
        }}
        onKeyDown={(event) => {
          // Arrow keys step the value, like a native number box.
          if (typeof step !== 'number') return;
          if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') return;
          const next = Number((value + (event.key === 'ArrowUp' ? step : -step)).toPrecision(12));
          if (problem(next) !== null) return;
          event.preventDefault();
          setDraft(null);
          setError(null);
          onChange(next);
        }}
        onBlur={() => {
          if (error === null) setDraft(null);
        }}
      />
      {hint && (
        <span id={`${id}-hint`} className="number-field__hint">
          {hint}
        </span>
      )}
      {error && (
        <span id={`${id}-error`} className="number-field__error" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}
