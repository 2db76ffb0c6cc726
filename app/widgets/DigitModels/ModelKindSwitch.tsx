import { useId } from 'react';
import type { DigitModelKind } from '../../../src/nn/digit-models.ts';
import { useStrings } from '../../i18n/useStrings.ts';
import { strings } from './strings.ts';
import './ModelKindSwitch.css';

/** Radio buttons choosing one of the two digit models (test ids `<prefix>-<kind>`). */
export function ModelKindSwitch({
  legend,
  value,
  order,
  testIdPrefix,
  onChange,
}: {
  legend: string;
  value: DigitModelKind;
  order: readonly DigitModelKind[];
  testIdPrefix: string;
  onChange(kind: DigitModelKind): void;
}) {
  const names = useStrings(strings);
  const id = useId();
  return (
    <fieldset className="model-kind-switch">
      <legend>{legend}</legend>
      {order.map((kind) => (
        <label key={kind}>
          <input
            type="radio"
            name={`${id}-kind`}
            value={kind}
            checked={value === kind}
            data-testid={`${testIdPrefix}-${kind}`}
            onChange={() => onChange(kind)}
          />{' '}
          {names.modelName[kind]}
        </label>
      ))}
    </fieldset>
  );
}
