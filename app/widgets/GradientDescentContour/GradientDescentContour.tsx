import { useEffect, useId, useState } from 'react';
import { useStrings } from '../../i18n/useStrings.ts';
import { useUrlSettings } from '../../stores/url-settings.ts';
import { ContourPlot } from './ContourPlot.tsx';
import { DescentControls } from './DescentControls.tsx';
import { DescentReadouts } from './DescentReadouts.tsx';
import { formatNumber, toUrlPrecision } from './draw-surface.ts';
import { descentSchema, RUN_INTERVAL_MS } from './settings.ts';
import { strings } from './strings.ts';
import { useDescentData } from './useDescentData.ts';
import './GradientDescentContour.css';
import { LinkNotice } from '../../components/LinkNotice.tsx';

/**
 * Lesson 4's widget: the contour plot of J(w, b) for one-feature logistic regression on
 * MNIST 0s and 1s, and gradient descent on it, revealed step by step (Step, Run, Reset).
 */
export function GradientDescentContour() {
  const s = useStrings(strings);
  const id = useId();
  const [settings, update, invalid, isLocked] = useUrlSettings(descentSchema);
  const start = { w: settings.sw, b: settings.sb };
  const { surface, descent, presets, error, retry } = useDescentData(
    start,
    settings.lr,
    settings.steps,
  );
  const [step, setStep] = useState(0);
  const [running, setRunning] = useState(false);
  const last = descent ? descent.path.w.length - 1 : 0;

  // A new path (new α, start or steps) starts again from step 0. Keyed by its inputs, so the
  // same path arriving again (the URL catching up with a setting) does not stop a run.
  const pathKey = descent?.key;
  useEffect(() => {
    setStep(0);
    setRunning(false);
  }, [pathKey]);

  // Run: one more step every RUN_INTERVAL_MS until the end of the path.
  useEffect(() => {
    if (!running) return;
    if (step >= last) {
      setRunning(false);
      return;
    }
    const timer = window.setTimeout(() => setStep((k) => Math.min(k + 1, last)), RUN_INTERVAL_MS);
    return () => window.clearTimeout(timer);
  }, [running, step, last]);

  // Values are kept to the 6 significant digits the URL holds, so a reload gives the same path.
  const setStart = (next: { w: number; b: number }) =>
    update({ sw: toUrlPrecision(next.w), sb: toUrlPrecision(next.b) });
  // A click sets both coordinates, so it is off while an instructor's link locks either.
  const startLocked = isLocked('sw') || isLocked('sb');

  return (
    <section className="widget gd" data-testid="gradient-descent" aria-labelledby={`${id}-t`}>
      <h3 id={`${id}-t`} className="widget__title">
        {s.title}
      </h3>
      <LinkNotice invalid={invalid} message={s.badLink} />
      {error && (
        <p className="notice notice--error" role="alert">
          {s.failed({ message: error })}{' '}
          <button type="button" onClick={retry}>
            {s.retry}
          </button>
        </p>
      )}
      {!surface && !error && (
        <p className="gd__status" role="status" data-testid="surface-loading">
          {s.loading}
        </p>
      )}
      {surface && (
        <>
          <p className="gd__data" data-testid="data-summary">
            {s.dataSummary({
              m: surface.m.toLocaleString('en-US'),
              zeros: surface.zeros.toLocaleString('en-US'),
              ones: surface.ones.toLocaleString('en-US'),
              accuracy: `${formatNumber(surface.accuracy * 100, 1)}%`,
            })}
          </p>
          <div className="gd__layout">
            <div className="gd__plot">
              <ContourPlot
                surface={surface}
                path={descent?.path ?? null}
                step={step}
                start={start}
                onStart={startLocked ? undefined : setStart}
              />
              <ul className="gd__legend" aria-hidden="true">
                <li>
                  <span className="gd__key gd__key--path" /> {s.legendPath}
                </li>
                <li>
                  <span className="gd__key gd__key--start" /> {s.legendStart}
                </li>
                <li>
                  <span className="gd__key gd__key--minimum">×</span> {s.legendMinimum}
                </li>
                <li>
                  <span className="gd__key gd__key--contour" /> {s.legendContours}
                </li>
              </ul>
              {!startLocked && <p className="gd__hint">{s.clickHint}</p>}
            </div>
            <div className="gd__side">
              <div className="gd__buttons" role="group" aria-label={s.title}>
                <button
                  type="button"
                  data-testid="descent-step"
                  disabled={!descent || step >= last}
                  onClick={() => {
                    setRunning(false);
                    setStep((k) => Math.min(k + 1, last));
                  }}
                >
                  {s.step}
                </button>
                {running ? (
                  <button
                    type="button"
                    data-testid="descent-pause"
                    onClick={() => setRunning(false)}
                  >
                    {s.pause}
                  </button>
                ) : (
                  <button
                    type="button"
                    className="button--primary"
                    data-testid="descent-run"
                    disabled={!descent || step >= last}
                    onClick={() => setRunning(true)}
                  >
                    {s.run}
                  </button>
                )}
                <button
                  type="button"
                  data-testid="descent-reset"
                  onClick={() => {
                    setRunning(false);
                    setStep(0);
                  }}
                >
                  {s.reset}
                </button>
              </div>
              {descent && <DescentReadouts descent={descent} step={step} steps={last} />}
            </div>
          </div>
          <DescentControls
            learningRate={settings.lr}
            onLearningRate={(lr) => update({ lr: toUrlPrecision(lr) })}
            presets={presets}
            start={start}
            onStart={setStart}
            steps={settings.steps}
            onSteps={(steps) => update({ steps })}
            isLocked={isLocked}
          />
        </>
      )}
    </section>
  );
}
