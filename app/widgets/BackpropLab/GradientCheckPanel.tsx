import { LockBadge } from '../../components/LockBadge.tsx';
import { lockedControl } from '../../components/locked-control.ts';
import { useId, useState } from 'react';
import { useComputation } from '../../engine/index.ts';
import { useStrings } from '../../i18n/useStrings.ts';
import { EPSILONS } from './settings.ts';
import { short } from './format.ts';
import { strings } from './strings.ts';

interface GradientCheckPanelProps {
  session: string;
  epsilon: string;
  onEpsilonChange(value: string): void;
  /** An instructor's link set ε. */
  epsilonLocked?: boolean;
}

/** Runs the worker's gradient check on the session's current parameters and shows the verdict. */
export function GradientCheckPanel({
  session,
  epsilon,
  onEpsilonChange,
  epsilonLocked = false,
}: GradientCheckPanelProps) {
  const text = useStrings(strings);
  const id = useId();
  // Each press checks the parameters of that moment with the ε chosen then.
  const [asked, setAsked] = useState<{ epsilon: number; press: number } | null>(null);
  const check = useComputation(
    'gradient-check',
    { epsilon: asked?.epsilon ?? 0 },
    { session, enabled: asked !== null, refresh: asked?.press },
  );
  const busy = check.pending;
  const result = check.data;
  const error = check.error?.message ?? null;

  function run() {
    setAsked((previous) => ({ epsilon: Number(epsilon), press: (previous?.press ?? 0) + 1 }));
  }

  return (
    <section
      className="backprop-lab__check"
      aria-labelledby={`${id}-title`}
      data-testid="gradient-check"
    >
      <h4 id={`${id}-title`}>{text.checkTitle}</h4>
      <p className="backprop-lab__note">{text.checkIntro}</p>
      <div className="backprop-lab__check-controls">
        <label htmlFor={`${id}-eps`}>{text.epsilon}</label>
        <LockBadge locked={epsilonLocked} />
        <select
          {...lockedControl(epsilonLocked)}
          id={`${id}-eps`}
          data-testid="gradient-check-epsilon"
          value={epsilon}
          onChange={(event) => onEpsilonChange(event.target.value)}
        >
          {EPSILONS.map((value) => (
            <option key={value} value={value}>
              {value}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="button--primary"
          data-testid="gradient-check-run"
          disabled={busy}
          onClick={run}
        >
          {busy ? text.running : text.run}
        </button>
      </div>
      <div aria-live="polite">
        {error && (
          <p className="field-error" role="alert">
            {text.checkFailed({ message: error })}
          </p>
        )}
        {result && (
          <div
            className={`backprop-lab__verdict backprop-lab__verdict--${result.verdict}`}
            data-testid="gradient-check-result"
            data-value={result.relativeDifference}
            data-verdict={result.verdict}
          >
            <p>
              {text.relativeDifference} ={' '}
              <strong className="compared-runs__readout">
                {result.relativeDifference.toExponential(2)}
              </strong>{' '}
              (ε = {result.epsilon})
            </p>
            <p>
              <span aria-hidden="true">{result.verdict === 'suspicious' ? '⚠ ' : '✓ '}</span>
              {text.verdicts[result.verdict]}
            </p>
            <p className="backprop-lab__note">
              {text.checkDetails({
                count: result.parameterCount,
                m: result.m,
                iteration: result.iteration,
              })}{' '}
              {text.norms}: {short(result.analyticNorm)}, {short(result.numericNorm)}; {text.maxAbs}
              : {short(result.maxAbsoluteDifference)}.
            </p>
          </div>
        )}
      </div>
    </section>
  );
}
