import { useEffect, useId, useState } from 'react';
import { engine } from '../../engine-client.ts';
import { useStrings } from '../../i18n/useStrings.ts';
import { trainingStore, useTraining } from '../../stores/training.ts';
import { parseLearningRate } from '../TrainingControls/parse-learning-rate.ts';
import { strings as controlStrings } from '../TrainingControls/strings.ts';
import { SPEEDS, type Speed } from '../TrainingControls/TrainingControls.tsx';
import '../TrainingControls/TrainingControls.css';
import { combinedStatus } from './run-status.ts';
import { strings } from './strings.ts';

interface ComparedRunsControlsProps {
  /** The sessions trained together, with the same learning rate. */
  sessions: readonly string[];
  learningRate: number;
  onLearningRateChange(value: number): void;
  /** Iterations one press of Train runs in each session. */
  maxIterations: number;
}

const STEP_COUNTS = [1, 10, 100] as const;

/**
 * Train / Pause / Step / Reset for several sessions at once: the networks being compared
 * always take the same number of steps with the same α.
 */
export function ComparedRunsControls({
  sessions,
  learningRate,
  onLearningRateChange,
  maxIterations,
}: ComparedRunsControlsProps) {
  const text = useStrings(controlStrings);
  const own = useStrings(strings);
  const id = useId();
  const [rateText, setRateText] = useState(String(learningRate));
  const [stepCount, setStepCount] = useState<number>(10);
  const [speed, setSpeed] = useState<Speed>('normal');
  const parsed = parseLearningRate(rateText);
  const statuses = useTraining((state) => sessions.map((s) => state.sessions[s]?.status).join(','));
  const iteration = useTraining((state) => state.sessions[sessions[0]!]?.iteration ?? 0);
  const status = combinedStatus(
    statuses.split(',').map((s) => (s === '' ? undefined : (s as never))),
  );

  useEffect(() => {
    setRateText((current) => {
      const mine = parseLearningRate(current);
      return mine.ok && mine.value === learningRate ? current : String(learningRate);
    });
  }, [learningRate]);

  const running = status === 'running';
  const ready = status !== 'configuring' && status !== 'failed';
  const canTrain = parsed.ok && ready && !running && status !== 'diverged';
  // A diverged network waits for Reset; the others carry on.
  const trainable = () =>
    sessions.filter((s) => engine.sessionData(s) && statusOf(s) !== 'diverged');

  function commitRate(value: string) {
    setRateText(value);
    const result = parseLearningRate(value);
    if (result.ok) {
      for (const s of sessions) engine.setLearningRate(s, result.value);
      onLearningRateChange(result.value);
    }
  }

  const message = !parsed.ok
    ? text.errors[parsed.reason]
    : parsed.warning === 'large'
      ? text.largeWarning
      : null;

  return (
    <div
      className="training-controls compared-runs__controls"
      role="group"
      aria-label={own.controls}
      data-testid="training-controls"
      data-status={status}
    >
      <div className="training-controls__buttons">
        {running ? (
          <button
            type="button"
            className="button--primary"
            data-testid="pause"
            onClick={() => sessions.forEach((s) => engine.pause(s))}
          >
            ⏸ {own.pauseAll}
          </button>
        ) : (
          <button
            type="button"
            className="button--primary"
            data-testid="train"
            disabled={!canTrain}
            onClick={() => trainable().forEach((s) => engine.run(s, maxIterations, SPEEDS[speed]))}
          >
            ▶ {own.trainAll}
          </button>
        )}
        <span className="training-controls__step">
          <button
            type="button"
            data-testid="step"
            disabled={!parsed.ok || running || !ready}
            onClick={() => trainable().forEach((s) => engine.step(s, stepCount))}
          >
            {own.stepAll} ×{stepCount}
          </button>
          <label className="visually-hidden" htmlFor={`${id}-steps`}>
            {text.stepCount}
          </label>
          <select
            id={`${id}-steps`}
            value={stepCount}
            onChange={(event) => setStepCount(Number(event.target.value))}
          >
            {STEP_COUNTS.map((count) => (
              <option key={count} value={count}>
                {count}
              </option>
            ))}
          </select>
        </span>
        <button
          type="button"
          data-testid="reset"
          disabled={!ready}
          onClick={() => sessions.forEach((s) => engine.reset(s))}
        >
          ↺ {own.resetAll}
        </button>
      </div>
      <div className="compared-runs__settings">
        <div className="training-controls__rate">
          <label htmlFor={`${id}-speed`}>{text.speed}</label>
          <select
            id={`${id}-speed`}
            data-testid="speed"
            value={speed}
            onChange={(event) => setSpeed(event.target.value as Speed)}
          >
            {(Object.keys(SPEEDS) as Speed[]).map((name) => (
              <option key={name} value={name}>
                {text.speeds[name]}
              </option>
            ))}
          </select>
        </div>
        <div className="training-controls__rate">
          <label htmlFor={`${id}-rate`}>{text.learningRate}</label>
          <input
            id={`${id}-rate`}
            data-testid="learning-rate"
            inputMode="decimal"
            autoComplete="off"
            spellCheck={false}
            value={rateText}
            aria-invalid={!parsed.ok}
            aria-describedby={message ? `${id}-rate-message` : undefined}
            onChange={(event) => commitRate(event.target.value)}
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
        <dl className="training-controls__readouts">
          <div>
            <dt>{text.iteration}</dt>
            <dd data-testid="iteration">{iteration}</dd>
          </div>
        </dl>
      </div>
      <p className="training-controls__status" role="status" data-testid="training-status">
        {text.status[status]}
      </p>
    </div>
  );
}

function statusOf(session: string) {
  return trainingStore.getState().sessions[session]?.status;
}
