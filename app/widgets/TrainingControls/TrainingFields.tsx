import { useEffect, useState } from 'react';
import { LockBadge } from '../../components/LockBadge.tsx';
import { lockedControl } from '../../components/locked-control.ts';
import { useStrings } from '../../i18n/useStrings.ts';
import { parseLearningRate, type LearningRateInput } from './parse-learning-rate.ts';
import { strings } from './strings.ts';

/** Steps per ~30 ms slice: slow and normal are paced to be watched; fast trains flat out. */
export const SPEEDS = { slow: 1, normal: 10, fast: undefined } as const;
export type Speed = keyof typeof SPEEDS;

/**
 * The learning-rate field's text: what the student typed, checked, and the valid value
 * handed to `onValid`. A rate changed elsewhere (a link, a reset) replaces the text.
 */
export function useLearningRateText(learningRate: number, onValid: (value: number) => void) {
  const [rateText, setRateText] = useState(String(learningRate));
  useEffect(() => {
    setRateText((current) => {
      const mine = parseLearningRate(current);
      return mine.ok && mine.value === learningRate ? current : String(learningRate);
    });
  }, [learningRate]);
  const commit = (value: string) => {
    setRateText(value);
    const result = parseLearningRate(value);
    if (result.ok) onValid(result.value);
  };
  return { rateText, parsed: parseLearningRate(rateText), commit };
}

/** How many steps one press of Step takes. */
export const STEP_COUNTS = [1, 10, 100] as const;

/** The step count beside a Step button: read out with the button, chosen from STEP_COUNTS. */
export function StepCountField({
  id,
  count,
  onChange,
}: {
  id: string;
  count: number;
  onChange(count: number): void;
}) {
  const text = useStrings(strings);
  return (
    <>
      <label className="visually-hidden" htmlFor={`${id}-steps`}>
        {text.stepCount}
      </label>
      <select
        id={`${id}-steps`}
        value={count}
        onChange={(event) => onChange(Number(event.target.value))}
      >
        {STEP_COUNTS.map((option) => (
          <option key={option} value={option}>
            {option}
          </option>
        ))}
      </select>
    </>
  );
}

export function SpeedField({
  id,
  speed,
  onChange,
}: {
  id: string;
  speed: Speed;
  onChange(speed: Speed): void;
}) {
  const text = useStrings(strings);
  return (
    <div className="training-controls__rate">
      <label htmlFor={`${id}-speed`}>{text.speed}</label>
      <select
        id={`${id}-speed`}
        data-testid="speed"
        value={speed}
        onChange={(event) => onChange(event.target.value as Speed)}
      >
        {(Object.keys(SPEEDS) as Speed[]).map((name) => (
          <option key={name} value={name}>
            {text.speeds[name]}
          </option>
        ))}
      </select>
    </div>
  );
}

/**
 * The learning-rate input with its message: why a value is refused, or that it is large.
 * `locked`: an instructor's link set α; the field shows it and cannot change it.
 */
export function LearningRateField({
  id,
  rateText,
  parsed,
  onChange,
  locked = false,
}: {
  id: string;
  rateText: string;
  parsed: LearningRateInput;
  onChange(text: string): void;
  locked?: boolean;
}) {
  const text = useStrings(strings);
  const message = !parsed.ok
    ? text.errors[parsed.reason]
    : parsed.warning === 'large'
      ? text.largeWarning
      : null;
  return (
    <div className="training-controls__rate">
      <label htmlFor={`${id}-rate`}>{text.learningRate}</label>
      <LockBadge locked={locked} />
      <input
        id={`${id}-rate`}
        data-testid="learning-rate"
        inputMode="decimal"
        autoComplete="off"
        spellCheck={false}
        value={rateText}
        aria-invalid={!parsed.ok}
        {...lockedControl(locked, message ? `${id}-rate-message` : undefined)}
        onChange={(event) => onChange(event.target.value)}
      />
      {message && (
        <p
          id={`${id}-rate-message`}
          className={parsed.ok ? 'field-warning' : 'field-error'}
          role={parsed.ok ? 'status' : 'alert'}
          data-testid="learning-rate-message"
        >
          {message}
        </p>
      )}
    </div>
  );
}
