import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { engine, trainingStore, useTraining, useTrainingSessions } from '../../engine/index.ts';
import { useStrings } from '../../i18n/useStrings.ts';
import { useUrlSettings } from '../../stores/url-settings.ts';
import { NumberSetting } from '../PlanarFlowerSweep/NumberSetting.tsx';
import { SweepRunBar } from '../SweepRunBar/SweepRunBar.tsx';
import { LockBadge } from '../../components/LockBadge.tsx';
import { lockedControl } from '../../components/locked-control.ts';
import { OverlaidCostCurves } from '../OverlaidCostCurves/OverlaidCostCurves.tsx';
import type { ResultRow } from './results.ts';
import { ResultsTable } from './ResultsTable.tsx';
import {
  DATASETS,
  type Fixed,
  HIDDEN_ACTIVATIONS,
  SWEPT,
  type Swept,
  type SweptValue,
  hyperSchema,
  sessionIdOf,
  setupOf,
  withValue,
} from './settings.ts';
import { strings } from './strings.ts';
import { useValueList, VALUES_PARAM } from './useValueList.ts';
import { ValuesField } from './ValuesField.tsx';
import './HyperparameterSweep.css';
import { LinkNotice } from '../../components/LinkNotice.tsx';

type Phase = 'ready' | 'running' | 'stopped' | 'finished';

interface Run {
  session: string;
  swept: Swept;
  value: SweptValue;
  settings: Fixed;
}

/**
 * Lesson 19: one network per value of the chosen hyperparameter, all trained together in the
 * worker; their cost curves overlaid, and every finished run kept in a sortable table.
 */
export function HyperparameterSweep() {
  const text = useStrings(strings);
  const id = useId();
  const [settings, updateSettings, invalid, isLocked] = useUrlSettings(hyperSchema);
  const swept = settings.sweep as Swept;
  const list = useValueList(swept);
  const [valuesOk, setValuesOk] = useState(true);
  const [runs, setRuns] = useState<Run[]>([]);
  const [phase, setPhase] = useState<Phase>('ready');
  const [results, setResults] = useState<ResultRow[]>([]);
  const live = useRef({ runs: [] as Run[], phase: 'ready' as Phase, sweep: 0, run: 0 });

  const changePhase = (next: Phase) => {
    live.current.phase = next;
    setPhase(next);
  };

  /** Adds the current runs to the table, as far as each got. */
  const record = () => {
    const state = trainingStore.getState();
    const rows = live.current.runs.map((run): ResultRow => {
      const view = state.sessions[run.session];
      const trained = (view?.history.iterations.length ?? 0) > 0;
      return {
        run: ++live.current.run,
        sweep: live.current.sweep,
        data: run.settings.data,
        swept: run.swept,
        value: run.value,
        finalCost: trained ? (view?.cost ?? null) : null,
        trainAccuracy: trained ? (view?.trainAccuracy ?? null) : null,
        iterations: view?.iteration ?? 0,
        divergedAt: view?.divergence?.iteration ?? null,
      };
    });
    setResults((current) => [...current, ...rows]);
  };

  // Finished when every run has reached its iterations or diverged.
  useEffect(
    () =>
      trainingStore.subscribe((state) => {
        if (live.current.phase !== 'running') return;
        const done = live.current.runs.every((run) => {
          const view = state.sessions[run.session];
          if (!view) return false;
          if (view.status === 'diverged') return true;
          return (
            view.history.iterations.length > 0 &&
            view.status === 'done' &&
            view.iteration >= run.settings.iterations
          );
        });
        if (done) {
          changePhase('finished');
          record();
        }
      }),
    // record and changePhase only touch refs and state setters.
    [],
  );

  // One session per run of the current sweep, let go when the sweep or the lesson changes.
  useTrainingSessions(
    runs.map((run) => ({ id: run.session, setup: setupOf(run.settings) })),
    { liveLearningRate: false },
  );
  // Start pressed: once the sweep's sessions are configured (the effect above runs first),
  // all of them train together at full speed: the worker's slices take turns between them.
  const [launch, setLaunch] = useState(0);
  useEffect(() => {
    if (launch === 0) return;
    for (const run of live.current.runs) {
      // The same settings as a sweep before keep their session: start it from the beginning.
      engine.reset(run.session);
      engine.run(run.session, run.settings.iterations);
    }
    // Only now may the watcher above call the sweep finished (the old views are gone).
    live.current.phase = 'running';
  }, [launch]);

  function start() {
    const fixed: Fixed = {
      data: settings.data,
      lr: settings.lr,
      iterations: settings.iterations,
      hidden: settings.hidden,
      layers: settings.layers,
      activation: settings.activation,
      seed: settings.seed,
    };
    const next = list.values.map((value, i): Run => ({
      session: sessionIdOf(i),
      swept,
      value,
      settings: withValue(fixed, swept, value),
    }));
    live.current.runs = next;
    live.current.sweep += 1;
    setRuns(next);
    setLaunch((n) => n + 1);
    setPhase('running');
  }

  function stop() {
    for (const run of live.current.runs) engine.pause(run.session);
    changePhase('stopped');
    record();
  }

  const curveRuns = useMemo(
    () =>
      runs.map((run) => ({
        session: run.session,
        label: text.label({ swept: run.swept, value: run.value }),
      })),
    [runs, text],
  );
  const maxIterations = runs.reduce((most, run) => Math.max(most, run.settings.iterations), 0);
  const finishedCount = useTraining(
    (state) =>
      runs.filter((run) => {
        const view = state.sessions[run.session];
        return (
          view &&
          view.history.iterations.length > 0 &&
          (view.status === 'done' || view.status === 'diverged')
        );
      }).length,
  );
  const running = phase === 'running';
  const badLink = list.invalid ? [...invalid, VALUES_PARAM] : invalid;

  const fixedFields = [
    { key: 'lr', label: text.learningRate, integer: false },
    { key: 'iterations', label: text.iterations, integer: true },
    { key: 'hidden', label: text.hidden, integer: true },
    { key: 'layers', label: text.layers, integer: true },
  ] as const;

  return (
    <section
      className="widget hp-sweep"
      aria-labelledby={`${id}-title`}
      data-testid="hyperparameter-sweep"
      data-phase={phase}
    >
      <h3 id={`${id}-title`} className="widget__title">
        {text.title}
      </h3>
      <LinkNotice invalid={badLink} message={text.badLink} />
      <div className="hp-sweep__controls">
        <fieldset className="hp-sweep__fieldset" disabled={running}>
          <legend>{text.setup}</legend>
          <label className="hp-sweep__select">
            {text.dataset} <LockBadge locked={isLocked('data')} />
            <select
              {...lockedControl(isLocked('data'))}
              value={settings.data}
              data-testid="hp-data"
              onChange={(event) => updateSettings({ data: event.target.value })}
            >
              {DATASETS.map((name) => (
                <option key={name} value={name}>
                  {text.datasetNames[name]}
                </option>
              ))}
            </select>
          </label>
          <label className="hp-sweep__select">
            {text.sweep} <LockBadge locked={isLocked('sweep')} />
            <select
              {...lockedControl(isLocked('sweep'))}
              value={swept}
              data-testid="hp-swept"
              onChange={(event) => {
                updateSettings({ sweep: event.target.value });
                list.write(null);
                setValuesOk(true);
              }}
            >
              {SWEPT.map((name) => (
                <option key={name} value={name}>
                  {text.sweptNames[name]}
                </option>
              ))}
            </select>
          </label>
          <ValuesField
            key={swept}
            swept={swept}
            values={list.values}
            locked={list.locked}
            onChange={(values) => list.write(values)}
            onValidity={setValuesOk}
          />
        </fieldset>
        <fieldset className="hp-sweep__fieldset" disabled={running}>
          <legend>{text.fixed}</legend>
          {fixedFields.map((field) => (
            <NumberSetting
              key={field.key}
              label={field.label}
              value={settings[field.key]}
              min={hyperSchema[field.key].min}
              max={hyperSchema[field.key].max}
              integer={field.integer}
              invalidText={text.invalidNumber}
              hint={swept === field.key ? text.fixedNote : undefined}
              disabled={running || swept === field.key}
              locked={isLocked(field.key)}
              testId={`hp-fixed-${field.key}`}
              onChange={(value) => updateSettings({ [field.key]: value })}
            />
          ))}
          <label className="hp-sweep__select">
            {text.activation} <LockBadge locked={isLocked('activation')} />
            <select
              value={settings.activation}
              disabled={swept === 'activation' || isLocked('activation')}
              {...lockedControl(isLocked('activation'))}
              data-testid="hp-fixed-activation"
              onChange={(event) => updateSettings({ activation: event.target.value })}
            >
              {HIDDEN_ACTIVATIONS.map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </select>
          </label>
          <NumberSetting
            label={text.seed}
            value={settings.seed}
            min={hyperSchema.seed.min}
            max={hyperSchema.seed.max}
            integer
            invalidText={text.invalidNumber}
            disabled={running}
            locked={isLocked('seed')}
            testId="hp-fixed-seed"
            onChange={(value) => updateSettings({ seed: value })}
          />
        </fieldset>
      </div>
      <SweepRunBar
        running={running}
        canRun={valuesOk}
        onRun={start}
        onStop={stop}
        runLabel={text.run}
        stopLabel={text.stop}
        testIdPrefix="hp"
        status={
          <>
            {text.phase[phase]}{' '}
            {runs.length > 0 && text.progress({ done: finishedCount, total: runs.length })}
          </>
        }
      />
      <OverlaidCostCurves runs={curveRuns} maxIterations={maxIterations} />
      <ResultsTable rows={results} onClear={() => setResults([])} />
    </section>
  );
}
