import { useId, useState } from 'react';
import { useStrings } from '../../i18n/useStrings.ts';
import type { Swept, SweptValue } from './settings.ts';
import { formatValueList, parseValueList } from './value-list.ts';
import { strings } from './strings.ts';

interface ValuesFieldProps {
  swept: Swept;
  values: readonly SweptValue[];
  disabled?: boolean;
  onChange(values: readonly SweptValue[] | null): void;
  onValidity(ok: boolean): void;
}

/**
 * The list of values to try, typed freely; a usable list goes to the URL at once, an unusable
 * one is explained beside the field and blocks Run. Keyed by the swept hyperparameter, so
 * switching it starts the field from that hyperparameter's values.
 */
export function ValuesField({ swept, values, disabled, onChange, onValidity }: ValuesFieldProps) {
  const text = useStrings(strings);
  const id = useId();
  const [typed, setTyped] = useState(formatValueList(values));
  const result = parseValueList(swept, typed);
  const message = result.ok
    ? text.valuesHint(swept)
    : result.reason === 'bad-value' && result.item
      ? text.badItem(result.item)
      : text.valueErrors[result.reason];
  return (
    <div className="hp-sweep__values">
      <label htmlFor={id}>{text.values}</label>
      <input
        id={id}
        type="text"
        value={typed}
        disabled={disabled}
        spellCheck={false}
        autoComplete="off"
        aria-invalid={!result.ok}
        aria-describedby={`${id}-note`}
        data-testid="hp-values"
        onChange={(event) => {
          setTyped(event.target.value);
          const next = parseValueList(swept, event.target.value);
          onValidity(next.ok);
          if (next.ok) onChange(next.values);
        }}
      />
      <span
        id={`${id}-note`}
        className="number-setting__note"
        role={result.ok ? undefined : 'alert'}
        data-testid="hp-values-note"
      >
        {message}
      </span>
    </div>
  );
}
