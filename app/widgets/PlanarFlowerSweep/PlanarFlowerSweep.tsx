import { useEffect, useId, useMemo, useRef, useState } from 'react';
import {
  type DataSource,
  engine,
  type GridBounds,
  trainingStore,
  useSessionData,
  useTraining,
  useTrainingSessions,
} from '../../engine/index.ts';
import { useStrings } from '../../i18n/useStrings.ts';
import { useUrlSettings } from '../../stores/url-settings.ts';
import { CsvUpload, type CsvFile } from '../CsvUpload/CsvUpload.tsx';
import { boundsAround } from '../DecisionBoundary/decision-line.ts';
import { NumberSetting } from './NumberSetting.tsx';
import { SweepRunBar } from '../SweepRunBar/SweepRunBar.tsx';
import { GRID_RESOLUTION, MODELS, sessionIdOf, setupOf, sweepSchema } from './settings.ts';
import { strings } from './strings.ts';
import { CrossingProbe } from './CrossingProbe.tsx';
import { SweepCell } from './SweepCell.tsx';
import { SweepResultsTable } from './SweepResultsTable.tsx';
import './PlanarFlowerSweep.css';
import { LinkNotice } from '../../components/LinkNotice.tsx';

type Phase = 'ready' | 'running' | 'stopped' | 'finished';
/** Session id -> the first step at 90% training accuracy; null: not within the run. */
type Crossings = Readonly<Record<string, number | null>>;
const SESSIONS = MODELS.map(sessionIdOf);

/**
 * Lesson 17: logistic regression and one-hidden-layer tanh networks of 1 to 50 units, trained
 * side by side in the worker (its run loop interleaves the sessions slice by slice, so the
 * page stays responsive), every decision boundary drawn with its accuracy.
 */
export function PlanarFlowerSweep() {
  const text = useStrings(strings);
  const id = useId();
  const [settings, updateSettings, invalid, isLocked] = useUrlSettings(sweepSchema);
  const { iterations, lr, seed } = settings;
  // The student's own points replace the flower until they go back to it.
  const [upload, setUpload] = useState<CsvFile | null>(null);
  const data: DataSource | undefined = upload ? { kind: 'csv', text: upload.text } : undefined;
  const [bounds, setBounds] = useState<GridBounds | null>(null);
  const [phase, setPhase] = useState<Phase>('ready');
  const phaseRef = useRef<Phase>('ready');
  const [elapsedMs, setElapsedMs] = useState<number | null>(null);
  /** Per session: the exact step at which it first reached 90% (null: never), once replayed. */
  const [crossings, setCrossings] = useState<Crossings>({});
  const run = useRef<{
    startedAt: number;
    target: number;
    settings: { lr: number; seed: number; data?: DataSource };
  }>({ startedAt: 0, target: iterations, settings: { lr, seed, data } });
  const [targetIterations, setTargetIterations] = useState(iterations);
  /** The finished sweep whose runs are replayed to find their crossings (CrossingProbe). */
  const [replay, setReplay] = useState<{
    settings: typeof run.current.settings;
    target: number;
  } | null>(null);

  const changePhase = (next: Phase) => {
    phaseRef.current = next;
    setPhase(next);
  };

  // New data or a new α: every model starts afresh (and is let go when the page closes).
  useTrainingSessions(
    MODELS.map((model) => ({ id: sessionIdOf(model), setup: setupOf(model, { lr, seed, data }) })),
    { liveLearningRate: false },
  );
  useEffect(() => {
    phaseRef.current = 'ready';
    setPhase('ready');
    setReplay(null);
    setCrossings({});
    setElapsedMs(null);
  }, [lr, seed, upload]);

  // Once the flower has arrived, fit the plots around it and give every session its grid,
  // which the worker then repaints with each batch of progress.
  const X = useSessionData(SESSIONS[0]!, (data) => data?.X ?? null);
  useEffect(() => {
    if (!X) return;
    const around = boundsAround(X);
    setBounds(around);
    for (const session of SESSIONS)
      engine.evaluateGrid(session, { bounds: around, resolution: GRID_RESOLUTION });
  }, [X]);

  // Watch the runs: when each first reaches 90%, and when all have finished.
  useEffect(
    () =>
      trainingStore.subscribe((state) => {
        if (phaseRef.current !== 'running') return;
        const views = SESSIONS.map((session) => state.sessions[session]);
        const fresh = views.map((view) => view && view.history.iterations.length > 0);
        const finished = views.every(
          (view, i) =>
            view &&
            (view.status === 'diverged' ||
              (fresh[i] && view.status === 'done' && view.iteration >= run.current.target)),
        );
        if (finished) {
          setElapsedMs(performance.now() - run.current.startedAt);
          changePhase('finished');
          setReplay({ settings: run.current.settings, target: run.current.target });
        }
      }),
    [],
  );

  function start() {
    run.current = {
      startedAt: performance.now(),
      target: iterations,
      settings: { lr, seed, data },
    };
    setTargetIterations(iterations);
    setReplay(null);
    setCrossings({});
    setElapsedMs(null);
    // All together at full speed: the worker's slices take turns between the sessions.
    for (const session of SESSIONS) {
      engine.reset(session);
      engine.run(session, iterations);
    }
    changePhase('running');
  }

  function stop() {
    for (const session of SESSIONS) engine.pause(session);
    changePhase('stopped');
  }

  const finishedCount = useTraining(
    (state) =>
      SESSIONS.filter((session) => {
        const view = state.sessions[session];
        return (
          view &&
          view.history.iterations.length > 0 &&
          (view.status === 'done' || view.status === 'diverged')
        );
      }).length,
  );
  const ready = useTraining((state) =>
    SESSIONS.every((session) => {
      const status = state.sessions[session]?.status;
      return status !== undefined && status !== 'configuring' && status !== 'failed';
    }),
  );
  const running = phase === 'running';
  const statusText = useMemo(() => text.status[phase], [text, phase]);

  return (
    <section
      className="widget flower-sweep"
      aria-labelledby={`${id}-title`}
      data-testid="flower-sweep"
      data-phase={phase}
    >
      <h3 id={`${id}-title`} className="widget__title">
        {text.title}
      </h3>
      <LinkNotice invalid={invalid} message={text.badLink} />
      <fieldset className="flower-sweep__settings">
        <legend>{text.settings}</legend>
        <NumberSetting
          label={text.iterations}
          value={iterations}
          min={sweepSchema.iterations.min}
          max={sweepSchema.iterations.max}
          integer
          hint={text.iterationsHint}
          invalidText={text.invalidNumber}
          disabled={running}
          locked={isLocked('iterations')}
          testId="sweep-iterations"
          onChange={(value) => updateSettings({ iterations: value })}
        />
        <NumberSetting
          label={text.learningRate}
          value={lr}
          min={sweepSchema.lr.min}
          max={sweepSchema.lr.max}
          invalidText={text.invalidNumber}
          disabled={running}
          locked={isLocked('lr')}
          testId="sweep-learning-rate"
          onChange={(value) => updateSettings({ lr: value })}
        />
        <NumberSetting
          label={text.seed}
          value={seed}
          min={sweepSchema.seed.min}
          max={sweepSchema.seed.max}
          integer
          invalidText={text.invalidNumber}
          disabled={running}
          locked={isLocked('seed')}
          testId="sweep-seed"
          onChange={(value) => updateSettings({ seed: value })}
        />
        <CsvUpload upload={upload} onUpload={setUpload} errorSession={SESSIONS[0]} />
      </fieldset>
      <SweepRunBar
        running={running}
        canRun={ready}
        onRun={start}
        onStop={stop}
        runLabel={text.run}
        stopLabel={text.stop}
        testIdPrefix="sweep"
        status={
          <>
            {statusText}{' '}
            {phase !== 'ready' && text.progress({ done: finishedCount, total: SESSIONS.length })}{' '}
            {elapsedMs !== null && (
              <span data-testid="sweep-time" data-ms={Math.round(elapsedMs)}>
                {text.took({ ms: elapsedMs })}
              </span>
            )}
          </>
        }
      />
      <ul className="flower-sweep__legend" aria-hidden="true">
        <li>
          <span className="flower-sweep__swatch flower-sweep__swatch--class0" /> {text.legend0}
        </li>
        <li>
          <span className="flower-sweep__swatch flower-sweep__swatch--class1" /> {text.legend1}
        </li>
      </ul>
      {bounds && (
        <ul className="flower-sweep__grid" data-testid="sweep-grid">
          {MODELS.map((model) => (
            <SweepCell key={model ?? 'logistic'} model={model} bounds={bounds} />
          ))}
        </ul>
      )}
      {phase === 'finished' &&
        replay &&
        MODELS.map((model) => (
          <CrossingProbe
            key={model ?? 'logistic'}
            model={model}
            settings={replay.settings}
            iterations={replay.target}
            onCrossing={(iteration) =>
              setCrossings((current) => ({ ...current, [sessionIdOf(model)]: iteration }))
            }
          />
        ))}
      <SweepResultsTable
        iterations={targetIterations}
        crossings={crossings}
        finished={phase === 'finished'}
      />
    </section>
  );
}
