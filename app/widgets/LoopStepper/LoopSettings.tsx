import { useId } from 'react';
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
}

/** A number box that only reports values inside the schema's range. */
function NumberField({
  field,
  label,
  value,
  step,
  onChange,
}: {
  field: Field;
  label: string;
  value: number;
  step: number;
  onChange: LoopSettingsProps['onChange'];
}) {
  const id = useId();
  const spec = loopSchema[field];
  return (
    <label htmlFor={id} className="loop-stepper__field">
      <span>{label}</span>
      <input
        id={id}
        type="number"
        min={spec.min}
        max={spec.max}
        step={step}
        value={value}
        data-testid={`loop-${field}`}
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
export function LoopSettings({ values, onChange }: LoopSettingsProps) {
  const s = useStrings(strings);
  return (
    <fieldset className="loop-stepper__settings">
      <legend>{s.data}</legend>
      <NumberField field="m" label={s.m} value={values.m} step={1} onChange={onChange} />
      <NumberField field="seed" label={s.seed} value={values.seed} step={1} onChange={onChange} />
      <button
        type="button"
        data-testid="loop-new-data"
        onClick={() => onChange({ seed: (values.seed * 7919 + 13) % 99991 })}
      >
        {s.newData}
      </button>
      <NumberField field="w1" label="w₁" value={values.w1} step={0.1} onChange={onChange} />
      <NumberField field="w2" label="w₂" value={values.w2} step={0.1} onChange={onChange} />
      <NumberField field="b" label="b" value={values.b} step={0.1} onChange={onChange} />
      <NumberField
        field="lr"
        label={s.learningRate}
        value={values.lr}
        step={0.1}
        onChange={onChange}
      />
    </fieldset>
  );
}
