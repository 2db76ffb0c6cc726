import { useEffect, useId, useMemo, useState, type KeyboardEvent } from 'react';
import { makeToyDataset } from '../../../src/data/toy.ts';
import { traceLoop } from '../../../src/nn/loop-trace.ts';
import { LockBadge } from '../../components/LockBadge.tsx';
import { lockedControl } from '../../components/locked-control.ts';
import { useStrings } from '../../i18n/useStrings.ts';
import { useUrlSettings } from '../../stores/url-settings.ts';
import { LoopCode } from './LoopCode.tsx';
import { LoopComparison } from './LoopComparison.tsx';
import { LoopScatter } from './LoopScatter.tsx';
import { LoopTable } from './LoopTable.tsx';
import {
  exampleRows,
  formatValue,
  nextExampleStep,
  PSEUDO_ROWS,
  rowOf,
  writtenBy,
} from './loop-view.ts';
import { LoopSettings } from './LoopSettings.tsx';
import { BLOB_NOISE, loopSchema } from './settings.ts';
import { strings } from './strings.ts';
import './LoopStepper.css';
import { LinkNotice } from '../../components/LinkNotice.tsx';

/**
 * Lesson 8: the notes' loop over m examples run one line at a time (src/nn/loop-trace.ts),
 * with the current example marked in a table and a plot, the accumulators J, dw1, dw2, db,
 * and at the end the engine's own loop and vectorised step for comparison. m is at most 20
 * and n_x is 2, so the whole trace (at most 144 states) is computed at once on this thread.
 */
export function LoopStepper() {
  const s = useStrings(strings);
  const id = useId();
  const [settings, update, invalid, isLocked] = useUrlSettings(loopSchema);
  const { m, seed, w1, w2, b, lr } = settings;

  const { X, Y } = useMemo(
    () => makeToyDataset('blobs', { m, seed, noise: BLOB_NOISE }),
    [m, seed],
  );
  const w = useMemo(() => new Float64Array([w1, w2]), [w1, w2]);
  const states = useMemo(() => traceLoop(w, b, X, Y, lr), [w, b, X, Y, lr]);
  const last = states.length - 1;
  // The position lives here so that fast key presses add up (each move reads the latest step);
  // it is copied into the URL below. An instructor's link may lock it: the stepper then stays.
  const stepLocked = isLocked('step');
  const [position, setPosition] = useState(settings.step);
  const step = Math.min(stepLocked ? settings.step : position, last);
  useEffect(() => update({ step }), [step, update]);
  const state = states[step]!;
  const rows = useMemo(() => exampleRows(X, Y, states, step), [X, Y, states, step]);
  const row = rowOf(state);
  const written = writtenBy(state);
  const code = PSEUDO_ROWS.find((r) => r.row === row)!.code;
  const example = state.i === null ? null : state.i + 1;
  const atEnd = step === last;

  const move = (to: (current: number) => number) => {
    if (stepLocked) return;
    setPosition((current) => Math.max(0, Math.min(last, to(Math.min(current, last)))));
  };
  const go = (next: number) => move(() => next);
  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const moves: Record<string, (current: number) => number> = {
      ArrowRight: (current) => current + 1,
      ArrowLeft: (current) => current - 1,
      Home: () => 0,
      End: () => last,
    };
    const to = moves[event.key];
    if (to === undefined) return;
    event.preventDefault(); // the lesson page's own arrow keys must not also fire
    move(to);
  }

  const accumulators = [
    { key: 'J', label: 'J', value: state.J },
    { key: 'dw1', label: 'dw₁', value: state.dw[0]! },
    { key: 'dw2', label: 'dw₂', value: state.dw[1]! },
    { key: 'db', label: 'db', value: state.db },
  ] as const;
  const divided = state.line === 'divide-grads' || state.line === 'update';
  const after = atEnd ? { w1: state.w[0]!, w2: state.w[1]!, b: state.b } : null;

  return (
    <section
      className="widget loop-stepper"
      aria-labelledby={`${id}-title`}
      data-testid="loop-stepper"
    >
      <h3 id={`${id}-title`} className="widget__title">
        {s.title}
      </h3>
      <LinkNotice invalid={invalid} message={s.badLink} />
      <p className="loop-stepper__intro">{s.intro}</p>
      <div
        className="loop-stepper__controls"
        role="group"
        aria-label={s.controlsLabel}
        onKeyDown={onKeyDown}
      >
        <LockBadge locked={stepLocked} />
        <button
          type="button"
          onClick={() => go(0)}
          disabled={step === 0}
          {...lockedControl(stepLocked)}
          data-testid="loop-reset"
          aria-keyshortcuts="Home"
        >
          {s.reset}
        </button>
        <button
          type="button"
          onClick={() => move((current) => current - 1)}
          disabled={step === 0}
          {...lockedControl(stepLocked)}
          data-testid="loop-previous"
          aria-keyshortcuts="ArrowLeft"
        >
          {s.previous}
        </button>
        <button
          type="button"
          className="button--primary"
          onClick={() => move((current) => current + 1)}
          disabled={atEnd}
          {...lockedControl(stepLocked)}
          data-testid="loop-next"
          aria-keyshortcuts="ArrowRight"
        >
          {s.next}
        </button>
        <button
          type="button"
          onClick={() => move((current) => nextExampleStep(current, states, 2))}
          disabled={atEnd}
          {...lockedControl(stepLocked)}
          data-testid="loop-next-example"
        >
          {s.nextExample}
        </button>
        <button
          type="button"
          onClick={() => go(last)}
          disabled={atEnd}
          {...lockedControl(stepLocked)}
          data-testid="loop-run-to-end"
          aria-keyshortcuts="End"
        >
          {s.runToEnd}
        </button>
        <span
          className="loop-stepper__position"
          data-testid="loop-position"
          data-step={step}
          data-line={state.line}
        >
          {s.position({ step, total: states.length })}
        </span>
      </div>
      {!stepLocked && <p className="loop-stepper__hint">{s.keysHint}</p>}
      <p className="loop-stepper__now" aria-live="polite" data-testid="loop-now">
        {s.lineNow({ code, example, m })}
      </p>
      <div className="loop-stepper__layout">
        <LoopCode current={row} label={s.codeLabel} />
        <div className="loop-stepper__plot">
          <LoopScatter
            X={X}
            rows={rows}
            current={state.i}
            before={{ w1, w2, b }}
            after={after}
            label={s.scatterLabel({
              m,
              i: example,
              w1: formatValue(w1, 2),
              w2: formatValue(w2, 2),
              b: formatValue(b, 2),
            })}
          />
          <ul className="loop-stepper__legend" aria-hidden="true">
            <li>
              <span className="mark mark--class0" /> {s.legendClass0}
            </li>
            <li>
              <span className="mark mark--class1" /> {s.legendClass1}
            </li>
            <li>
              <span className="mark mark--ring" /> {s.legendCurrent}
            </li>
            <li>
              <span className="mark mark--dashed" /> {s.legendLineBefore}
            </li>
            {after && (
              <li>
                <span className="mark mark--solid" /> {s.legendLineAfter}
              </li>
            )}
          </ul>
        </div>
        <div className="loop-stepper__values">
          <h4>{s.accumulators}</h4>
          <dl className="loop-stepper__accumulators" data-testid="accumulators">
            {accumulators.map((acc) => (
              <div
                key={acc.key}
                className={written === acc.key || written === 'all' ? 'is-written' : undefined}
              >
                <dt>{acc.label}</dt>
                <dd data-testid={`acc-${acc.key}`} data-value={String(acc.value)}>
                  {formatValue(acc.value, 4)}
                </dd>
              </div>
            ))}
          </dl>
          <p className="loop-stepper__hint">{divided ? s.divided : s.accumulatorsHint}</p>
          <h4>{s.parameters}</h4>
          <dl className="loop-stepper__accumulators" data-testid="parameters">
            {(['w₁', 'w₂', 'b'] as const).map((name, k) => {
              const before = [w1, w2, b][k]!;
              const now = [state.w[0]!, state.w[1]!, state.b][k]!;
              return (
                <div key={name} className={written === 'params' ? 'is-written' : undefined}>
                  <dt>{name}</dt>
                  <dd data-testid={`param-${k}`} data-value={String(now)}>
                    {formatValue(before, 4)}
                    {atEnd && <> → {formatValue(now, 4)}</>}
                  </dd>
                </div>
              );
            })}
          </dl>
        </div>
      </div>
      <LoopTable rows={rows} />
      <LoopComparison X={X} Y={Y} w={w} b={b} learningRate={lr} last={atEnd ? state : null} />
      <LoopSettings
        values={settings}
        isLocked={isLocked}
        onChange={(changes) => {
          update(changes);
          setPosition(0);
        }}
      />
    </section>
  );
}
