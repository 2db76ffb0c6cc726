import { useId } from 'react';
import type { DigitModelKind } from '../../../src/nn/digit-models.ts';
import { LockBadge } from '../../components/LockBadge.tsx';
import { lockedControl } from '../../components/locked-control.ts';
import { useStrings } from '../../i18n/useStrings.ts';
import { strings } from './strings.ts';
import './ModelKindSwitch.css';

/** Radio buttons choosing one of the two digit models (test ids `<prefix>-<kind>`). */
export function ModelKindSwitch({
  legend,
  value,
  order,
  testIdPrefix,
  locked = false,
  onChange,
}: {
  legend: string;
  value: DigitModelKind;
  order: readonly DigitModelKind[];
  testIdPrefix: string;
  /** Set by an instructor link: shown, but cannot change. */
  locked?: boolean;
  onChange(kind: DigitModelKind): void;
}) {
  const names = useStrings(strings);
  const id = useId();
  return (
    <fieldset className="model-kind-switch">
      <legend>
        {legend} <LockBadge locked={locked} />
      </legend>
      {order.map((kind) => (
        <label key={kind}>
          <input
            type="radio"
            name={`${id}-kind`}
            value={kind}
            checked={value === kind}
            data-testid={`${testIdPrefix}-${kind}`}
            {...lockedControl(locked)}
            onChange={() => onChange(kind)}
          />{' '}
          {names.modelName[kind]}
        </label>
      ))}
    </fieldset>
  );
}
