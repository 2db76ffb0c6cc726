import { useEffect, useId, useState } from 'react';
import type { ToyDatasetName } from '../../../src/data/toy.ts';
import type { InitName } from '../../../src/nn/types.ts';
import type { SessionSetup } from '../../../src/worker/protocol.ts';
import { engine } from '../../engine-client.ts';
import { useStrings } from '../../i18n/useStrings.ts';
import { useUrlSettings } from '../../stores/url-settings.ts';
import { ComparedRunsControls } from '../ComparedRuns/ComparedRunsControls.tsx';
import { DataFields } from '../ComparedRuns/DataFields.tsx';
import { OverlaidCostCurves } from '../OverlaidCostCurves/OverlaidCostCurves.tsx';
import { RunPanel } from '../ComparedRuns/RunPanel.tsx';
import { strings as runStrings } from '../ComparedRuns/strings.ts';
import {
  initialisationSchema,
  M,
  RUNS,
  SESSIONS,
  TRAIN_ITERATIONS,
  type RunName,
} from './settings.ts';
import { strings } from './strings.ts';
import { WeightRows } from './WeightRows.tsx';
import '../ComparedRuns/ComparedRuns.css';
import './InitialisationLab.css';

function setupOf(
  dataset: string,
  seed: number,
  hidden: number,
  learningRate: number,
  init: InitName,
  initScale: number,
): SessionSetup {
  return {
    data: { kind: 'toy', name: dataset as ToyDatasetName, m: M, seed },
    options: {
      config: {
        layerSizes: [2, hidden, 1],
        hiddenActivation: 'tanh',
        outputActivation: 'sigmoid',
        loss: 'cross-entropy',
      },
      init,
      initScale,
      optimizer: 'gd',
      learningRate,
      batchSize: null,
      // One seed for all three: the two random runs draw the same normals, scaled differently.
      seed,
    },
  };
}

const STYLE: Record<RunName, { series: number; dash: string }> = {
  zeros: { series: 4, dash: '2 4' },
  small: { series: 1, dash: '' },
  large: { series: 2, dash: '8 4' },
};

/**
 * Lesson 16: the same tanh network from zeros, small random and large random weights,
 * trained together; W[1]'s rows per run, the spread between them, cost curves overlaid.
 */
export function InitialisationLab() {
  const text = useStrings(strings);
  const runText = useStrings(runStrings);
  const id = useId();
  const [settings, update, invalid] = useUrlSettings(initialisationSchema);
  const { dataset, seed, hidden, lr, small, large } = settings;
  const [noticeDismissed, setNoticeDismissed] = useState(false);
  const scaleOf: Record<RunName, number> = { zeros: 0, small, large };

  useEffect(() => {
    engine.configure(SESSIONS.zeros, setupOf(dataset, seed, hidden, lr, 'zeros', 0));
    engine.configure(SESSIONS.small, setupOf(dataset, seed, hidden, lr, 'random', small));
    engine.configure(SESSIONS.large, setupOf(dataset, seed, hidden, lr, 'random', large));
    // α is sent as it changes, without starting over.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [dataset, seed, hidden, small, large]);

  useEffect(() => () => RUNS.forEach((run) => engine.pause(SESSIONS[run])), []);

  const titles = RUNS.map((run) => text.runTitle(run, scaleOf[run]));

  return (
    <section
      className="widget compared-runs init-lab"
      aria-labelledby={`${id}-title`}
      data-testid="initialisation-lab"
    >
      <h3 id={`${id}-title`} className="widget__title">
        {text.title}
      </h3>
      {invalid.length > 0 && !noticeDismissed && (
        <p className="notice" role="status" data-testid="link-notice">
          {runText.badLink(invalid.join(', '))}{' '}
          <button type="button" onClick={() => setNoticeDismissed(true)}>
            {runText.dismiss}
          </button>
        </p>
      )}
      <DataFields
        dataset={dataset}
        seed={seed}
        hidden={hidden}
        hiddenMax={initialisationSchema.hidden.max}
        onChange={update}
      />
      <fieldset>
        <legend>{text.scales}</legend>
        <span className="compared-runs__field">
          <label htmlFor={`${id}-small`}>{text.small}</label>
          <select
            id={`${id}-small`}
            data-testid="small-scale"
            value={small}
            onChange={(event) => update({ small: Number(event.target.value) })}
          >
            {[0.001, 0.01, 0.1]
              .concat([0.001, 0.01, 0.1].includes(small) ? [] : [small])
              .map((v) => (
                <option key={v} value={v}>
                  × {v}
                </option>
              ))}
          </select>
        </span>
        <span className="compared-runs__field">
          <label htmlFor={`${id}-large`}>{text.large}</label>
          <select
            id={`${id}-large`}
            data-testid="large-scale"
            value={large}
            onChange={(event) => update({ large: Number(event.target.value) })}
          >
            {[1, 3, 10, 30].concat([1, 3, 10, 30].includes(large) ? [] : [large]).map((v) => (
              <option key={v} value={v}>
                × {v}
              </option>
            ))}
          </select>
        </span>
      </fieldset>
      <ComparedRunsControls
        sessions={RUNS.map((run) => SESSIONS[run])}
        learningRate={lr}
        onLearningRateChange={(value) => update({ lr: value })}
        maxIterations={TRAIN_ITERATIONS}
      />
      <OverlaidCostCurves
        runs={RUNS.map((run, i) => ({
          session: SESSIONS[run],
          label: titles[i]!,
          style: { colour: `var(--color-series-${STYLE[run].series})`, dash: STYLE[run].dash },
        }))}
      />
      <ul className="compared-runs__legend" aria-hidden="true">
        <li>
          <span className="swatch swatch--class0" /> {text.legend0}
        </li>
        <li>
          <span className="swatch swatch--class1" /> {text.legend1}
        </li>
      </ul>
      <div className="compared-runs__grid">
        {RUNS.map((run, i) => (
          <RunPanel key={run} session={SESSIONS[run]} name={run} title={titles[i]!}>
            <WeightRows session={SESSIONS[run]} name={run} />
          </RunPanel>
        ))}
      </div>
    </section>
  );
}
