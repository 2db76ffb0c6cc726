import { useId, useState } from 'react';
import { download } from '../../components/export/plot-export.ts';
import { engine, useThrottledSession } from '../../engine/index.ts';
import { divergenceMessage, useEngineText } from '../../i18n/engine-text.ts';
import { useStrings } from '../../i18n/useStrings.ts';
import { strings } from './strings.ts';
import {
  LearningRateField,
  SPEEDS,
  SpeedField,
  StepCountField,
  useLearningRateText,
  type Speed,
} from './TrainingFields.tsx';
import './TrainingControls.css';

interface TrainingControlsProps {
  session: string;
  learningRate: number;
  /** Called with a valid learning rate the student typed (to store it in the URL). */
  onLearningRateChange(value: number): void;
  /** An instructor's link locks α: the field shows it disabled. */
  learningRateLocked?: boolean;
  /** How many iterations one press of Train runs before stopping by itself. */
  maxIterations: number;
  /** Called when the student presses Train, Step or Reset, before the request goes out. */
  onAction?(action: 'train' | 'step' | 'reset'): void;
}

/** Train / Pause / Step / Reset, the learning rate, and live read-outs of the session. */
export function TrainingControls({
  session,
  learningRate,
  onLearningRateChange,
  learningRateLocked = false,
  maxIterations,
  onAction,
}: TrainingControlsProps) {
  const text = useStrings(strings);
  const engineText = useEngineText();
  // Read-outs refresh ten times a second: readable, and cheap while training.
  const view = useThrottledSession(session, 100);
  const id = useId();
  const { rateText, parsed, commit } = useLearningRateText(learningRate, (value) => {
    engine.setLearningRate(session, value);
    onLearningRateChange(value);
  });
  const [stepCount, setStepCount] = useState<number>(1);
  const [speed, setSpeed] = useState<Speed>('normal');

  const status = view?.status ?? 'configuring';
  const running = status === 'running';
  const ready = status !== 'configuring' && status !== 'failed';
  const canTrain = parsed.ok && ready && status !== 'diverged' && !running;

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
          <StepCountField id={id} count={stepCount} onChange={setStepCount} />
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
      <SpeedField id={id} speed={speed} onChange={setSpeed} />
      <LearningRateField
        id={id}
        rateText={rateText}
        parsed={parsed}
        onChange={commit}
        locked={learningRateLocked}
      />
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
          {text.diverged({
            iteration: view.divergence.iteration,
            cause: engineText(divergenceMessage(view.divergence)),
          })}
        </p>
      )}
      {view?.error && !view.divergence && (
        <p className="field-error" role="alert" data-testid="training-error">
          {engineText(view.error)}
        </p>
      )}
    </div>
  );
}
