import { useEffect, useId, useState } from 'react';
import {
  type SessionSetup,
  useSession,
  useSessionData,
  useTrainingSession,
} from '../../engine/index.ts';
import { useEngineText } from '../../i18n/engine-text.ts';
import { LockBadge } from '../../components/LockBadge.tsx';
import { lockedControl } from '../../components/locked-control.ts';
import { useStrings } from '../../i18n/useStrings.ts';
import { useUrlSettings } from '../../stores/url-settings.ts';
import { CostCurve } from '../CostCurve/CostCurve.tsx';
import { MnistLoading } from '../MnistDigit/MnistLoading.tsx';
import { TrainingControls } from '../TrainingControls/TrainingControls.tsx';
import { MistakesGrid } from './MistakesGrid.tsx';
import { ProcedureSteps } from './ProcedureSteps.tsx';
import { mnistLabSchema, taskOf, TRAIN_ITERATIONS } from './settings.ts';
import { strings } from './strings.ts';
import { WeightImage } from './WeightImage.tsx';
import './MnistLogisticLab.css';
import { LinkNotice } from '../../components/LinkNotice.tsx';

const SESSION = 'lesson-10-mnist-logistic';

function setupOf(task: NonNullable<ReturnType<typeof taskOf>>, learningRate: number): SessionSetup {
  return {
    // All 60,000 training images; the 10,000 test images become the test set.
    data: { kind: 'mnist', task },
    options: {
      // Logistic regression is the network [784, 1] with a sigmoid output.
      config: {
        layerSizes: [784, 1],
        hiddenActivation: 'linear',
        outputActivation: 'sigmoid',
        loss: 'cross-entropy',
      },
      init: 'zeros',
      optimizer: 'gd',
      learningRate,
      batchSize: null,
      seed: 1,
    },
  };
}

/**
 * Lesson 10: logistic regression trained in the worker on the full MNIST training set for
 * a binary task the student picks, with its cost, accuracies, w as a picture and the test
 * digits it gets wrong.
 */
export function MnistLogisticLab() {
  const text = useStrings(strings);
  const engineText = useEngineText();
  const id = useId();
  const [settings, update, invalid, isLocked] = useUrlSettings(mnistLabSchema);
  const [mTest, setMTest] = useState<number | null>(null);
  const task = taskOf(settings);
  const taskKey = task ? JSON.stringify(task) : null;
  const view = useSession(SESSION);

  // A new task means new data: the session is configured afresh (α is sent as it changes).
  const session = useTrainingSession(SESSION, task ? setupOf(task, settings.lr) : null);
  useEffect(() => setMTest(null), [taskKey]);

  const shapes = useSessionData(SESSION, (data) =>
    data?.X && data.labels ? { nx: data.X.rows, m: data.labels.length } : null,
  );

  const status = view?.status ?? 'configuring';
  const ready = task !== null && status !== 'configuring' && status !== 'failed';
  const positive = task?.kind === 'pair' ? String(task.digits[0]) : task ? String(task.digit) : '';

  return (
    <section
      className="widget mnist-lab"
      aria-labelledby={`${id}-title`}
      data-testid="mnist-logistic-lab"
    >
      <h3 id={`${id}-title`} className="widget__title">
        {text.title}
      </h3>
      <LinkNotice invalid={invalid} message={text.badLink} />
      <fieldset className="mnist-lab__task" disabled={status === 'running'}>
        <legend>
          {text.taskLegend} <LockBadge locked={isLocked('task')} />
        </legend>
        <label>
          <input
            type="radio"
            name={`${id}-task`}
            value="rest"
            checked={settings.task === 'rest'}
            data-testid="task-rest"
            {...lockedControl(isLocked('task'))}
            onChange={() => update({ task: 'rest' })}
          />{' '}
          {text.restTask}
        </label>
        <label>
          <input
            type="radio"
            name={`${id}-task`}
            value="pair"
            checked={settings.task === 'pair'}
            data-testid="task-pair"
            {...lockedControl(isLocked('task'))}
            onChange={() => update({ task: 'pair' })}
          />{' '}
          {text.pairTask}
        </label>
        <div className="mnist-lab__digits">
          {settings.task === 'rest' ? (
            <DigitSelect
              label={text.digit}
              value={settings.d}
              testId="digit"
              locked={isLocked('d')}
              onChange={(d) => update({ d })}
            />
          ) : (
            <>
              <DigitSelect
                label={text.firstDigit}
                value={settings.d1}
                testId="digit-1"
                locked={isLocked('d1')}
                onChange={(d1) => update({ d1 })}
              />
              <DigitSelect
                label={text.secondDigit}
                value={settings.d2}
                testId="digit-2"
                locked={isLocked('d2')}
                onChange={(d2) => update({ d2 })}
              />
            </>
          )}
        </div>
        {task ? (
          <p className="mnist-lab__note" data-testid="task-summary">
            {text.taskSummary({ task: text.taskName({ task }), positive })}
          </p>
        ) : (
          <p className="field-error" role="alert" data-testid="same-digits">
            {text.sameDigits}
          </p>
        )}
      </fieldset>
      {task && status === 'configuring' && <MnistLoading progress={view?.loading} />}
      {task && status === 'failed' && (
        <MnistLoading error={view?.error ? engineText(view.error) : '?'} onRetry={session.retry} />
      )}
      <div className="mnist-lab__layout">
        <div className="mnist-lab__train">
          <TrainingControls
            session={SESSION}
            learningRate={settings.lr}
            learningRateLocked={isLocked('lr')}
            maxIterations={TRAIN_ITERATIONS}
            onLearningRateChange={(lr) => update({ lr })}
          />
          <dl className="mnist-lab__readouts">
            <div>
              <dt>{text.testAccuracy}</dt>
              <dd data-testid="test-accuracy" data-value={view?.testAccuracy ?? ''}>
                {view?.testAccuracy == null ? '–' : text.fmtPct({ fraction: view.testAccuracy })}
              </dd>
            </div>
          </dl>
          <CostCurve session={SESSION} heightPx={200} />
        </div>
        <WeightImage session={SESSION} />
      </div>
      {ready && <MistakesGrid session={SESSION} onResult={(out) => setMTest(out.mTest)} />}
      <ProcedureSteps
        session={SESSION}
        nx={shapes?.nx ?? null}
        m={shapes?.m ?? null}
        mTest={mTest}
        learningRate={settings.lr}
      />
    </section>
  );
}

function DigitSelect({
  label,
  value,
  testId,
  locked,
  onChange,
}: {
  label: string;
  value: number;
  testId: string;
  /** An instructor's link set this digit: shown, marked, not changeable. */
  locked: boolean;
  onChange(d: number): void;
}) {
  return (
    <label>
      {label} <LockBadge locked={locked} />{' '}
      <select
        value={value}
        data-testid={testId}
        {...lockedControl(locked)}
        onChange={(event) => onChange(Number(event.target.value))}
      >
        {Array.from({ length: 10 }, (_, d) => (
          <option key={d} value={d}>
            {d}
          </option>
        ))}
      </select>
    </label>
  );
}
