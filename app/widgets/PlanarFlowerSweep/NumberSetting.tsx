import { useEffect, useId, useState } from 'react';
import { LockBadge } from '../../components/LockBadge.tsx';
import { lockedControl } from '../../components/locked-control.ts';
import './NumberSetting.css';

interface NumberSettingProps {
  label: string;
  value: number;
  min: number;
  max: number;
  integer?: boolean;
  /** Shown (and announced) while the typed text is not a usable value. */
  invalidText: string;
  hint?: string;
  disabled?: boolean;
  /** An instructor's link set this value: shown, marked, not changeable. */
  locked?: boolean;
  testId: string;
  onChange(value: number): void;
}

/**
 * A number typed by the student: only a value inside [min, max] (whole, when asked) reaches
 * `onChange`; anything else keeps the last good value and says so beside the field.
 */
export function NumberSetting({
  label,
  value,
  min,
  max,
  integer = false,
  invalidText,
  hint,
  disabled,
  locked = false,
  testId,
  onChange,
}: NumberSettingProps) {
  const id = useId();
  const [text, setText] = useState(String(value));
  useEffect(() => {
    // A value changed elsewhere (a link) shows up, unless the field already says it.
    setText((current) => (Number(current) === value ? current : String(value)));
  }, [value]);
  const parsed = Number(text.trim());
  const ok =
    text.trim() !== '' &&
    Number.isFinite(parsed) &&
    parsed >= min &&
    parsed <= max &&
    (!integer || Number.isInteger(parsed));
  return (
    <div className="number-setting">
      <label htmlFor={id}>{label}</label>
      <LockBadge locked={locked} />
      <input
        id={id}
        type="number"
        inputMode={integer ? 'numeric' : 'decimal'}
        min={min}
        max={max}
        step={integer ? 1 : 'any'}
        value={text}
        disabled={disabled}
        aria-invalid={!ok}
        {...lockedControl(locked, `${id}-note`)}
        data-testid={testId}
        onChange={(event) => {
          setText(event.target.value);
          const next = Number(event.target.value.trim());
          if (
            event.target.value.trim() !== '' &&
            Number.isFinite(next) &&
            next >= min &&
            next <= max &&
            (!integer || Number.isInteger(next))
          )
            onChange(next);
        }}
      />
      <span id={`${id}-note`} className="number-setting__note" role={ok ? undefined : 'alert'}>
        {ok ? (hint ?? '') : invalidText}
      </span>
    </div>
  );
}
