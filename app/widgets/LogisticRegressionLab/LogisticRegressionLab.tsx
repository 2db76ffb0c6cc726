import { useEffect, useId, useMemo, useState } from 'react';
import { matrix } from '../../../src/math/matrix.ts';
import type { Parameters } from '../../../src/nn/types.ts';
import {
  type DataSource,
  engine,
  type SessionSetup,
  useSessionData,
  useThrottledSession,
  useTrainingSession,
} from '../../engine/index.ts';
import { Equation } from '../../components/Equation.tsx';
import { LockBadge } from '../../components/LockBadge.tsx';
import { lockedControl } from '../../components/locked-control.ts';
import { useStrings } from '../../i18n/useStrings.ts';
import { useUrlSettings } from '../../stores/url-settings.ts';
import { CostCurve } from '../CostCurve/CostCurve.tsx';
import { boundsAround } from '../DecisionBoundary/decision-line.ts';
import { DecisionBoundaryPlot } from '../DecisionBoundary/DecisionBoundaryPlot.tsx';
import { TrainingControls } from '../TrainingControls/TrainingControls.tsx';
import { CsvUpload, dataOrCsv, type CsvFile } from '../CsvUpload/CsvUpload.tsx';
import { GRID_RESOLUTION, labSchema, SLIDER_RANGE, TRAIN_ITERATIONS } from './settings.ts';
import { strings } from './strings.ts';
import './LogisticRegressionLab.css';
import { LinkNotice } from '../../components/LinkNotice.tsx';

const SESSION = 'lesson-02-logistic-regression';

/** Logistic regression as the one-layer network [n_x = 2, n[1] = 1] with a sigmoid output. */
function parametersOf(w1: number, w2: number, b: number): Parameters {
  return { W: [matrix(1, 2, [w1, w2])], b: [matrix(1, 1, [b])] };
}

function setupOf(
  data: DataSource,
  seed: number,
  learningRate: number,
  w1: number,
  w2: number,
  b: number,
): SessionSetup {
  return {
    data,
    options: {
      config: {
        layerSizes: [2, 1],
        hiddenActivation: 'linear',
        outputActivation: 'sigmoid',
        loss: 'cross-entropy',
      },
      init: 'zeros',
      optimizer: 'gd',
      learningRate,
      batchSize: null,
      seed,
    },
    parameters: parametersOf(w1, w2, b),
  };
}

/**
 * Lesson 2's lab: sliders for w1, w2 and b move the decision line and the probability
 * shading; Train runs gradient descent in the worker and the sliders follow it.
 */
export function LogisticRegressionLab() {
  const text = useStrings(strings);
  const id = useId();
  const [settings, updateSettings, invalid, isLocked] = useUrlSettings(labSchema);
  const { seed, m, noise, lr } = settings;

  // The sliders show the current parameters: the student's while dragging, the trained ones while training.
  // The sliders, equation and description follow training ten times a second; the
  // plots themselves repaint every frame from their own subscriptions.
  const view = useThrottledSession(SESSION, 100);
  const accuracy = view?.trainAccuracy ?? null;
  const parameters = useSessionData(SESSION, (data) => data?.parameters ?? null, {
    throttleMs: 100,
  });
  const trained = useMemo(() => {
    const W = parameters?.W[0];
    const b = parameters?.b[0];
    if (!W || !b || W.cols !== 2) return { w1: settings.w1, w2: settings.w2, b: settings.b };
    return { w1: W.data[0]!, w2: W.data[1]!, b: b.data[0]! };
  }, [parameters, settings.w1, settings.w2, settings.b]);
  // What the student set with a slider wins until training moves the parameters again:
  // the worker's answer may lag a fast keyboard or drag by a frame or two.
  const [dragged, setDragged] = useState<{ w1: number; w2: number; b: number } | null>(null);
  const current = dragged ?? trained;

  // The student's own CSV replaces the generated points until new data is asked for.
  const [upload, setUpload] = useState<CsvFile | null>(null);

  // A new data set (seed, m, noise or a CSV) configures the session afresh, from the sliders;
  // α and the sliders alone are sent as they change.
  const data = dataOrCsv(upload, { kind: 'toy', name: 'blobs', m, seed, noise });
  useTrainingSession(SESSION, setupOf(data, seed, lr, settings.w1, settings.w2, settings.b));

  // Once the data has arrived, fit the plot around it and ask for the probability grid.
  const X = useSessionData(SESSION, (data) => data?.X ?? null);
  const bounds = useMemo(() => (X ? boundsAround(X) : null), [X]);
  useEffect(() => {
    if (bounds) engine.evaluateGrid(SESSION, { bounds, resolution: GRID_RESOLUTION });
  }, [bounds]);

  function moveSlider(name: 'w1' | 'w2' | 'b', value: number) {
    const next = { ...current, [name]: value };
    setDragged(next);
    engine.setParameters(SESSION, parametersOf(next.w1, next.w2, next.b));
    updateSettings({ [name]: value });
  }

  const sliders = [
    { name: 'w1', label: 'w₁', value: current.w1 },
    { name: 'w2', label: 'w₂', value: current.w2 },
    { name: 'b', label: 'b', value: current.b },
  ] as const;

  const tex = `\\hat{y} = \\sigma(${current.w1.toFixed(2)}\\,x_1 ${signed(current.w2)}\\,x_2 ${signed(current.b)})`;

  return (
    <section
      className="widget lr-lab"
      aria-labelledby={`${id}-title`}
      data-testid="logistic-regression-lab"
    >
      <h3 id={`${id}-title`} className="widget__title">
        {text.title}
      </h3>
      <LinkNotice invalid={invalid} message={text.badLink} />
      <div className="lr-lab__layout">
        <div className="lr-lab__plot">
          {bounds && (
            <DecisionBoundaryPlot
              session={SESSION}
              bounds={bounds}
              showLine
              description={text.description({
                m,
                w1: current.w1,
                w2: current.w2,
                b: current.b,
                accuracy,
              })}
            />
          )}
          <ul className="lr-lab__legend" aria-hidden="true">
            <li>
              <span className="swatch swatch--class0" /> {text.legend0}
            </li>
            <li>
              <span className="swatch swatch--class1" /> {text.legend1}
            </li>
            <li>
              <span className="swatch swatch--line" /> {text.legendLine}
            </li>
          </ul>
        </div>
        <div className="lr-lab__side">
          <div
            className="lr-lab__equation"
            role="group"
            aria-label={text.equationLabel}
            data-testid="model-equation"
          >
            <Equation tex={tex} />
          </div>
          <fieldset className="lr-lab__sliders">
            <legend>{text.parameters}</legend>
            {sliders.map((slider) => (
              <div key={slider.name} className="slider-row">
                <label htmlFor={`${id}-${slider.name}`}>{slider.label}</label>
                <input
                  {...lockedControl(isLocked(slider.name))}
                  id={`${id}-${slider.name}`}
                  type="range"
                  min={-SLIDER_RANGE}
                  max={SLIDER_RANGE}
                  step={0.05}
                  value={clamp(slider.value)}
                  data-testid={`slider-${slider.name}`}
                  aria-valuetext={slider.value.toFixed(2)}
                  onChange={(event) => moveSlider(slider.name, Number(event.target.value))}
                />
                <output htmlFor={`${id}-${slider.name}`} data-testid={`value-${slider.name}`}>
                  {slider.value.toFixed(2)}
                </output>
                <LockBadge locked={isLocked(slider.name)} />
              </div>
            ))}
            <p className="lr-lab__hint">{text.slidersHint}</p>
          </fieldset>
          <TrainingControls
            session={SESSION}
            learningRate={lr}
            learningRateLocked={isLocked('lr')}
            maxIterations={TRAIN_ITERATIONS}
            onLearningRateChange={(value) => updateSettings({ lr: value })}
            onAction={(action) => {
              // Reset returns to the sliders' values, which the worker already holds.
              if (action !== 'reset') setDragged(null);
            }}
          />
          <fieldset className="lr-lab__data">
            <legend>{text.dataset}</legend>
            <label>
              {text.seed} <LockBadge locked={isLocked('seed')} />
              <input
                {...lockedControl(isLocked('seed'))}
                type="number"
                min={0}
                max={99999}
                value={seed}
                data-testid="seed"
                onChange={(event) => {
                  const value = Number(event.target.value);
                  if (Number.isInteger(value) && value >= 0 && value <= 99999)
                    updateSettings({ seed: value });
                }}
              />
            </label>
            <button
              type="button"
              {...lockedControl(isLocked('seed'))}
              onClick={() => {
                setUpload(null);
                updateSettings({ seed: (seed * 7919 + 13) % 99991 });
              }}
            >
              {text.newData}
            </button>
            <CsvUpload upload={upload} onUpload={setUpload} />
          </fieldset>
        </div>
      </div>
      <CostCurve session={SESSION} heightPx={180} />
    </section>
  );
}

function signed(value: number): string {
  return value < 0 ? `- ${Math.abs(value).toFixed(2)}` : `+ ${value.toFixed(2)}`;
}

function clamp(value: number): number {
  return Math.max(-SLIDER_RANGE, Math.min(SLIDER_RANGE, value));
}
