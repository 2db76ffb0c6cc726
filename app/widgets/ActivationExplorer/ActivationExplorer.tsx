import { useId, useState } from 'react';
import { LockBadge } from '../../components/LockBadge.tsx';
import { lockedControl } from '../../components/locked-control.ts';
import { useStrings } from '../../i18n/useStrings.ts';
import { ActivationPlot } from './ActivationPlot.tsx';
import './ActivationExplorer.css';
import {
  formatShort,
  PLOTTED_ACTIVATIONS,
  Z_MAX,
  Z_MIN,
  Z_STEP,
  Z_STEP_LARGE,
  type PlottedActivation,
} from './draw-activation.ts';
import { strings } from './strings.ts';
import { useSharedZ } from './useSharedZ.ts';

interface ActivationExplorerProps {
  /** Which plots to show, in order; all four by default. */
  functions?: readonly PlottedActivation[];
}

/** Lesson 13's widget: g and g' of each activation with one z shared by every plot and by the URL (`?z=`). */
export function ActivationExplorer({ functions = PLOTTED_ACTIVATIONS }: ActivationExplorerProps) {
  const s = useStrings(strings);
  const [z, setZ, zLocked] = useSharedZ();
  const introId = useId();

  return (
    <section
      className="activation-explorer"
      data-testid="activation-explorer"
      aria-label={s.explorerLabel}
    >
      <div className="activation-explorer__controls">
        <p id={introId} className="activation-explorer__intro">
          {s.explorerIntro({ step: formatShort(Z_STEP), largeStep: formatShort(Z_STEP_LARGE) })}
        </p>
        <ZInput
          z={z}
          onZChange={setZ}
          locked={zLocked}
          label={s.zInputLabel}
          hint={s.zInputHint({ min: formatShort(Z_MIN), max: formatShort(Z_MAX) })}
          describedBy={introId}
        />
      </div>
      <div className="activation-explorer__grid">
        {functions.map((name) => (
          <ActivationPlot key={name} name={name} z={z} onZChange={setZ} locked={zLocked} />
        ))}
      </div>
    </section>
  );
}

interface ZInputProps {
  z: number;
  onZChange: (z: number) => void;
  /** An instructor's link set z: shown, marked, not changeable. */
  locked: boolean;
  label: string;
  hint: string;
  describedBy: string;
}

/** The typed alternative to dragging. A half-typed value ("-", "1.") stays in the box until it parses. */
function ZInput({ z, onZChange, locked, label, hint, describedBy }: ZInputProps) {
  const [draft, setDraft] = useState<string | null>(null);
  const hintId = useId();
  return (
    <label className="activation-explorer__z">
      <span>{label}</span>
      <LockBadge locked={locked} />
      <input
        type="number"
        inputMode="decimal"
        min={Z_MIN}
        max={Z_MAX}
        step={Z_STEP}
        value={draft ?? formatShort(z, 2)}
        data-testid="z-input"
        {...lockedControl(locked, `${hintId} ${describedBy}`)}
        onChange={(event) => {
          const text = event.currentTarget.value;
          setDraft(text);
          const value = event.currentTarget.valueAsNumber;
          if (text !== '' && Number.isFinite(value)) onZChange(value);
        }}
        onBlur={() => setDraft(null)}
      />
      <span id={hintId} className="activation-explorer__hint">
        {hint}
      </span>
    </label>
  );
}
