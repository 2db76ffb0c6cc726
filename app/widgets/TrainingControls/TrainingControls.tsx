import { useEffect, useId, useState } from 'react';
import { download } from '../../components/export/plot-export.ts';
import { engine } from '../../engine-client.ts';
import { useStrings } from '../../i18n/useStrings.ts';
import { useThrottledSession } from '../../stores/training.ts';
import { parseLearningRate } from './parse-learning-rate.ts';
import { strings } from './strings.ts';
import './TrainingControls.css';

interface TrainingControlsProps {
  session: string;
  learningRate: number;
  /** Called with a valid learning rate the student typed (to store it in the URL). */
  onLearningRateChange(value: number): void;
  /** How many iterations one press of Train runs before stopping by itself. */
  maxIterations: number;
  /** Called when the student presses Train, Step or Reset, before the request goes out. */
  onAction?(action: 'train' | 'step' | 'reset'): void;
}

const STEP_COUNTS = [1, 10, 100] as const;

/** Steps per ~30 ms slice: slow and normal are paced to be watched; fast trains flat out. */
export const SPEEDS = { slow: 1, normal: 10, fast: undefined } as const;
export type Speed = keyof typeof SPEEDS;

/** Train / Pause / Step / Reset, the learning rate, and live read-outs of the session. */
export function TrainingControls({
  session,
  learningRate,
  onLearningRateChange,
  maxIterations,
  onAction,
}: TrainingControlsProps) {
  const text = useStrings(strings);
  // Read-outs refresh ten times a second: readable, and cheap while training.
  const view = useThrottledSession(session, 100);
  const id = useId();
  const [rateText, setRateText] = useState(String(learningRate));
  const [stepCount, setStepCount] = useState<number>(1);
  const [speed, setSpeed] = useState<Speed>('normal');
  const parsed = parseLearningRate(rateText);

  // A learning rate changed elsewhere (a link, a reset) shows up in the field.
  useEffect(() => {
    setRateText((current) => {
      const mine = parseLearningRate(current);
      return mine.ok && mine.value === learningRate ? current : String(learningRate);
    });
  }, [learningRate]);

  const status = view?.status ?? 'configuring';
  const running = status === 'running';
  const ready = status !== 'configuring' && status !== 'failed';
  const canTrain = parsed.ok && ready && status !== 'diverged' && !running;

  function commitRate(value: string) {
    setRateText(value);
    const result = parseLearningRate(value);
    if (result.ok) {
      engine.setLearningRate(session, result.value);
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
      className="training-controls"
      role="group"
      aria-label={text.controls}
      data-testid="training-controls"
      data-status={status}
    >
      <div className="training-controls__buttons">
        {running ? (
          <button
            type="button"
            className="button--primary"
            data-testid="pause"
            onClick={() => engine.pause(session)}
          >
            ⏸ {text.pause}
          </button>
        ) : (
          <button
            type="button"
            className="button--primary"
            data-testid="train"
            disabled={!canTrain}
            onClick={() => {
              onAction?.('train');
              engine.run(session, maxIterations, SPEEDS[speed]);
            }}
          >
            ▶ {text.train}
          </button>
        )}
        <span className="training-controls__step">
          <button
            type="button"
            data-testid="step"
            disabled={!parsed.ok || running || !ready || status === 'diverged'}
            onClick={() => {
              onAction?.('step');
              engine.step(session, stepCount);
            }}
          >
            {text.step} ×{stepCount}
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
          onClick={() => {
            onAction?.('reset');
            engine.reset(session);
          }}
        >
          ↺ {text.reset}
        </button>
        <button
          type="button"
          data-testid="download-model"
          disabled={!ready || running}
          title={text.downloadModelHint}
          onClick={() => {
            engine.exportModel(session).then(
              (model) =>
                download(
                  new Blob([JSON.stringify(model)], { type: 'application/json' }),
                  `${session}-model.json`,
                ),
              () => {
                // The worker reports the reason on the session; the error line shows it.
              },
            );
          }}
        >
          ⤓ {text.downloadModel}
        </button>
      </div>
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
      <dl className="training-controls__readouts" aria-live="off">
        <div>
          <dt>{text.iteration}</dt>
          <dd data-testid="iteration">{view?.iteration ?? 0}</dd>
        </div>
        <div>
          <dt>{text.cost}</dt>
          <dd data-testid="cost" data-value={view?.cost ?? ''}>
            {view?.cost == null ? '–' : view.cost.toFixed(4)}
          </dd>
        </div>
        <div>
          <dt>{text.accuracy}</dt>
          <dd data-testid="accuracy" data-value={view?.trainAccuracy ?? ''}>
            {view?.trainAccuracy == null ? '–' : `${(view.trainAccuracy * 100).toFixed(1)}%`}
          </dd>
        </div>
      </dl>
      <p className="training-controls__status" role="status" data-testid="training-status">
        {text.status[status]}
      </p>
      {view?.divergence && (
        <p className="field-error" role="alert" data-testid="divergence">
          {text.diverged(view.divergence.iteration, view.divergence.cause)}
        </p>
      )}
      {view?.error && !view.divergence && (
        <p className="field-error" role="alert" data-testid="training-error">
          {view.error}
        </p>
      )}
    </div>
  );
}
