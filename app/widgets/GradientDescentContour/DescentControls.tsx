import { useId, useState } from 'react';
import type { PresetName } from '../../../src/train/learning-rate-presets.ts';
import type { InkPresetsOutput } from '../../engine/index.ts';
import { LockBadge } from '../../components/LockBadge.tsx';
import { lockedControl } from '../../components/locked-control.ts';
import { useStrings } from '../../i18n/useStrings.ts';
import { parseLearningRate } from '../TrainingControls/parse-learning-rate.ts';
import { strings as trainingStrings } from '../TrainingControls/strings.ts';
import { formatNumber, formatRate } from './draw-surface.ts';
import { strings } from './strings.ts';

interface DescentControlsProps {
  learningRate: number;
  onLearningRate: (alpha: number) => void;
  presets: InkPresetsOutput | null;
  start: { w: number; b: number };
  onStart: (start: { w: number; b: number }) => void;
  steps: number;
  onSteps: (steps: number) => void;
  /** Which settings an instructor's link locks: their controls show the value, disabled. */
  isLocked: (field: 'lr' | 'sw' | 'sb' | 'steps') => boolean;
}

/** α (presets and free entry, checked by parseLearningRate), the start point and the number of steps. */
export function DescentControls(props: DescentControlsProps) {
  const s = useStrings(strings);
  const t = useStrings(trainingStrings);
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const parsed = draft === null ? null : parseLearningRate(draft);
  const { presets, isLocked } = props;

  const active = (name: PresetName) => {
    const preset = presets?.presets[name];
    return preset
      ? Math.abs(preset.learningRate - props.learningRate) < 1e-9 * preset.learningRate
      : false;
  };

  return (
    <div className="gd-controls">
      <fieldset className="gd-controls__presets">
        <legend>
          {s.presetsLabel} <LockBadge locked={isLocked('lr')} />
        </legend>
        <div className="gd-controls__preset-row">
          {(['slow', 'good', 'oscillating', 'diverging'] as const).map((name) => {
            const preset = presets?.presets[name] ?? null;
            return (
              <button
                key={name}
                type="button"
                className="gd-controls__preset"
                data-testid={`preset-${name}`}
                aria-pressed={active(name)}
                disabled={!preset}
                {...lockedControl(isLocked('lr'))}
                onClick={() => {
                  if (!preset) return;
                  setDraft(null);
                  props.onLearningRate(preset.learningRate);
                }}
              >
                <span className="gd-controls__preset-name">{s.presetNames[name]}</span>
                <span className="gd-controls__preset-value">
                  {preset
                    ? s.presetTitle({
                        times: formatRate(preset.times),
                        alpha: formatRate(preset.learningRate),
                      })
                    : presets
                      ? s.presetMissing
                      : '…'}
                </span>
              </button>
            );
          })}
        </div>
        <p className="gd-controls__note" data-testid="curvature">
          {presets
            ? s.curvature({
                lambda: formatNumber(presets.lambdaMax, 4),
                good: formatRate(1 / presets.lambdaMax),
                twice: formatRate(2 / presets.lambdaMax),
              })
            : s.computingPresets}
        </p>
      </fieldset>
      <div className="gd-controls__fields">
        <label className="gd-controls__field">
          <span>{s.learningRate}</span>
          <LockBadge locked={isLocked('lr')} />
          <input
            type="text"
            inputMode="decimal"
            data-testid="learning-rate"
            value={draft ?? formatRate(props.learningRate)}
            aria-invalid={parsed !== null && !parsed.ok}
            {...lockedControl(isLocked('lr'), `${id}-lr`)}
            onChange={(event) => {
              const text = event.currentTarget.value;
              setDraft(text);
              const result = parseLearningRate(text);
              if (result.ok) props.onLearningRate(result.value);
            }}
            onBlur={() => {
              if (parsed?.ok !== false) setDraft(null);
            }}
          />
        </label>
        <NumberField
          label={s.startW}
          value={props.start.w}
          testId="start-w"
          locked={isLocked('sw')}
          step={0.5}
          min={-100}
          max={100}
          onValue={(w) => props.onStart({ ...props.start, w })}
        />
        <NumberField
          label={s.startB}
          value={props.start.b}
          testId="start-b"
          locked={isLocked('sb')}
          step={0.5}
          min={-100}
          max={100}
          onValue={(b) => props.onStart({ ...props.start, b })}
        />
        <NumberField
          label={s.steps}
          value={props.steps}
          testId="steps"
          locked={isLocked('steps')}
          step={10}
          min={1}
          max={500}
          integer
          onValue={props.onSteps}
        />
      </div>
      <p
        id={`${id}-lr`}
        className="gd-controls__message"
        role="status"
        data-testid="learning-rate-message"
      >
        {parsed && !parsed.ok
          ? t.errors[parsed.reason]
          : parsed?.ok && parsed.warning
            ? t.largeWarning
            : ''}
      </p>
    </div>
  );
}

interface NumberFieldProps {
  label: string;
  value: number;
  testId: string;
  step: number;
  min: number;
  max: number;
  integer?: boolean;
  /** An instructor's link set this value: shown, marked, not changeable. */
  locked: boolean;
  onValue: (value: number) => void;
}

/** A number box that only passes on values in range; a half-typed value stays until it parses. */
function NumberField(props: NumberFieldProps) {
  const { label, value, testId, step, min, max, integer, locked, onValue } = props;
  const [draft, setDraft] = useState<string | null>(null);
  return (
    <label className="gd-controls__field">
      <span>{label}</span>
      <LockBadge locked={locked} />
      <input
        type="number"
        inputMode="decimal"
        step={step}
        min={min}
        max={max}
        data-testid={testId}
        {...lockedControl(locked)}
        value={draft ?? String(value)}
        onChange={(event) => {
          setDraft(event.currentTarget.value);
          const next = event.currentTarget.valueAsNumber;
          if (
            Number.isFinite(next) &&
            next >= min &&
            next <= max &&
            (!integer || Number.isInteger(next))
          ) {
            onValue(next);
          }
        }}
        onBlur={() => setDraft(null)}
      />
    </label>
  );
}
