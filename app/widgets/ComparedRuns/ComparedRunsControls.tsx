import { useId, useState } from 'react';
import { engine, trainingStore, useTraining } from '../../engine/index.ts';
import { useStrings } from '../../i18n/useStrings.ts';
import { strings as controlStrings } from '../TrainingControls/strings.ts';
import {
  LearningRateField,
  SPEEDS,
  SpeedField,
  StepCountField,
  useLearningRateText,
  type Speed,
} from '../TrainingControls/TrainingFields.tsx';
import '../TrainingControls/TrainingControls.css';
import { combinedStatus } from './run-status.ts';
import { strings } from './strings.ts';

interface ComparedRunsControlsProps {
  /** The sessions trained together, with the same learning rate. */
  sessions: readonly string[];
  learningRate: number;
  onLearningRateChange(value: number): void;
  /** An instructor's link locks α: the field shows it disabled. */
  learningRateLocked?: boolean;
  /** Iterations one press of Train runs in each session. */
  maxIterations: number;
}

/**
 * Train / Pause / Step / Reset for several sessions at once: the networks being compared
 * always take the same number of steps with the same α.
 */
export function ComparedRunsControls({
  sessions,
  learningRate,
  onLearningRateChange,
  learningRateLocked = false,
  maxIterations,
}: ComparedRunsControlsProps) {
  const text = useStrings(controlStrings);
  const own = useStrings(strings);
  const id = useId();
  const { rateText, parsed, commit } = useLearningRateText(learningRate, (value) => {
    for (const s of sessions) engine.setLearningRate(s, value);
    onLearningRateChange(value);
  });
  const [stepCount, setStepCount] = useState<number>(10);
  const [speed, setSpeed] = useState<Speed>('normal');
  const statuses = useTraining((state) => sessions.map((s) => state.sessions[s]?.status).join(','));
  const iteration = useTraining((state) => state.sessions[sessions[0]!]?.iteration ?? 0);
  const status = combinedStatus(
    statuses.split(',').map((s) => (s === '' ? undefined : (s as never))),
  );

  const running = status === 'running';
  const ready = status !== 'configuring' && status !== 'failed';
  const canTrain = parsed.ok && ready && !running && status !== 'diverged';
  // A diverged network waits for Reset; the others carry on.
  const trainable = () =>
    sessions.filter((s) => engine.sessionData(s) && statusOf(s) !== 'diverged');

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
          <StepCountField id={id} count={stepCount} onChange={setStepCount} />
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
        <SpeedField id={id} speed={speed} onChange={setSpeed} />
        <LearningRateField
          id={id}
          rateText={rateText}
          parsed={parsed}
          onChange={commit}
          locked={learningRateLocked}
        />
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
