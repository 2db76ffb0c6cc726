import { useId } from 'react';
import { LockBadge } from '../../components/LockBadge.tsx';
import { lockedControl } from '../../components/locked-control.ts';
import { useStrings } from '../../i18n/useStrings.ts';
import type { Values } from '../../stores/url-settings.ts';
import { loopSchema } from './settings.ts';
import { strings } from './strings.ts';

type Settings = Values<typeof loopSchema>;
type Field = 'm' | 'seed' | 'w1' | 'w2' | 'b' | 'lr';

interface LoopSettingsProps {
  values: Settings;
  /** a change of data or starting point; the stepper goes back to the first line */
  onChange: (changes: Partial<Settings>) => void;
  /** Which settings an instructor's link locks: their boxes show the value, disabled. */
  isLocked: (field: Field) => boolean;
}

/** A number box that only reports values inside the schema's range. */
function NumberField({
  field,
  label,
  value,
  step,
  locked,
  onChange,
}: {
  field: Field;
  label: string;
  value: number;
  step: number;
  locked: boolean;
  onChange: LoopSettingsProps['onChange'];
}) {
  const id = useId();
  const spec = loopSchema[field];
  return (
    <label htmlFor={id} className="loop-stepper__field">
      <span>{label}</span>
      <LockBadge locked={locked} />
      <input
        id={id}
        type="number"
        min={spec.min}
        max={spec.max}
        step={step}
        value={value}
        data-testid={`loop-${field}`}
        {...lockedControl(locked)}
        onChange={(event) => {
          const next = Number(event.target.value);
          const whole = !('integer' in spec) || Number.isInteger(next);
          if (event.target.value !== '' && whole && next >= spec.min && next <= spec.max)
            onChange({ [field]: next });
        }}
      />
    </label>
  );
}

/** The data set (m, seed), the starting parameters and α, all kept in the URL. */
export function LoopSettings({ values, onChange, isLocked }: LoopSettingsProps) {
  const s = useStrings(strings);
  const field = (name: Field, label: string, step: number) => (
    <NumberField
      field={name}
      label={label}
      value={values[name]}
      step={step}
      locked={isLocked(name)}
      onChange={onChange}
    />
  );
  return (
    <fieldset className="loop-stepper__settings">
      <legend>{s.data}</legend>
      {field('m', s.m, 1)}
      {field('seed', s.seed, 1)}
      <button
        type="button"
        data-testid="loop-new-data"
        {...lockedControl(isLocked('seed'))}
        onClick={() => onChange({ seed: (values.seed * 7919 + 13) % 99991 })}
      >
        {s.newData}
      </button>
      {field('w1', 'w₁', 0.1)}
      {field('w2', 'w₂', 0.1)}
      {field('b', 'b', 0.1)}
      {field('lr', s.learningRate, 0.1)}
    </fieldset>
  );
}
