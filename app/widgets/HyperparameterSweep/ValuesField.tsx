import { useId, useState } from 'react';
import { LockBadge } from '../../components/LockBadge.tsx';
import { lockedControl } from '../../components/locked-control.ts';
import { useStrings } from '../../i18n/useStrings.ts';
import type { Swept, SweptValue } from './settings.ts';
import { formatValueList, parseValueList } from './value-list.ts';
import { strings } from './strings.ts';

interface ValuesFieldProps {
  swept: Swept;
  values: readonly SweptValue[];
  disabled?: boolean;
  /** An instructor's link set the list: shown, marked, not changeable. */
  locked?: boolean;
  onChange(values: readonly SweptValue[] | null): void;
  onValidity(ok: boolean): void;
}

/**
 * The list of values to try, typed freely; a usable list goes to the URL at once, an unusable
 * one is explained beside the field and blocks Run. Keyed by the swept hyperparameter, so
 * switching it starts the field from that hyperparameter's values.
 */
export function ValuesField(props: ValuesFieldProps) {
  const { swept, values, disabled, locked = false, onChange, onValidity } = props;
  const text = useStrings(strings);
  const id = useId();
  const [typed, setTyped] = useState(formatValueList(values));
  const result = parseValueList(swept, typed);
  const message = result.ok
    ? text.valuesHint({ swept })
    : result.reason === 'bad-value' && result.item
      ? text.badItem({ item: result.item })
      : text.valueErrors[result.reason];
  return (
    <div className="hp-sweep__values">
      <label htmlFor={id}>{text.values}</label>
      <LockBadge locked={locked} />
      <input
        id={id}
        type="text"
        value={typed}
        disabled={disabled}
        spellCheck={false}
        autoComplete="off"
        aria-invalid={!result.ok}
        {...lockedControl(locked, `${id}-note`)}
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
