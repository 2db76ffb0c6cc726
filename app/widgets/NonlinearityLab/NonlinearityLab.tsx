import { useEffect, useId, useState } from 'react';
import type { SessionSetup } from '../../../src/worker/protocol.ts';
import type { ActivationName } from '../../../src/math/activations.ts';
import type { ToyDatasetName } from '../../../src/data/toy.ts';
import { engine } from '../../engine-client.ts';
import { useStrings } from '../../i18n/useStrings.ts';
import { useUrlSettings } from '../../stores/url-settings.ts';
import { ComparedRunsControls } from '../ComparedRuns/ComparedRunsControls.tsx';
import { DataFields } from '../ComparedRuns/DataFields.tsx';
import { OverlaidCostCurves } from '../OverlaidCostCurves/OverlaidCostCurves.tsx';
import { RunPanel } from '../ComparedRuns/RunPanel.tsx';
import { strings as runStrings } from '../ComparedRuns/strings.ts';
import { CollapseCheck } from './CollapseCheck.tsx';
import { M, nonlinearitySchema, SESSIONS, TRAIN_ITERATIONS } from './settings.ts';
import { strings } from './strings.ts';
import '../ComparedRuns/ComparedRuns.css';
import './NonlinearityLab.css';

function setupOf(
  dataset: string,
  seed: number,
  hidden: number,
  learningRate: number,
  hiddenActivation: ActivationName,
): SessionSetup {
  return {
    data: { kind: 'toy', name: dataset as ToyDatasetName, m: M, seed },
    options: {
      config: {
        layerSizes: [2, hidden, 1],
        hiddenActivation,
        outputActivation: 'sigmoid',
        loss: 'cross-entropy',
      },
      // The same seed gives both networks the very same initial weights.
      init: 'random',
      initScale: 0.01,
      optimizer: 'gd',
      learningRate,
      batchSize: null,
      seed,
    },
  };
}

/**
 * Lesson 14: a 2-n-1 network trained twice on the same non-linear data from the same
 * initial weights, once with linear hidden units and once with tanh; then the linear one
 * collapsed into a single layer, with the difference measured.
 */
export function NonlinearityLab() {
  const text = useStrings(strings);
  const runText = useStrings(runStrings);
  const id = useId();
  const [settings, update, invalid] = useUrlSettings(nonlinearitySchema);
  const { dataset, seed, hidden, lr } = settings;
  const [noticeDismissed, setNoticeDismissed] = useState(false);

  useEffect(() => {
    engine.configure(SESSIONS.linear, setupOf(dataset, seed, hidden, lr, 'linear'));
    engine.configure(SESSIONS.tanh, setupOf(dataset, seed, hidden, lr, 'tanh'));
    // α is sent as it changes, without starting over.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [dataset, seed, hidden]);

  // Leaving the page stops the runs.
  useEffect(
    () => () => {
      engine.pause(SESSIONS.linear);
      engine.pause(SESSIONS.tanh);
    },
    [],
  );

  return (
    <section
      className="widget compared-runs nonlinearity-lab"
      aria-labelledby={`${id}-title`}
      data-testid="nonlinearity-lab"
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
        hiddenMax={nonlinearitySchema.hidden.max}
        onChange={update}
      />
      <ComparedRunsControls
        sessions={[SESSIONS.linear, SESSIONS.tanh]}
        learningRate={lr}
        onLearningRateChange={(value) => update({ lr: value })}
        maxIterations={TRAIN_ITERATIONS}
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
        <RunPanel session={SESSIONS.linear} name="linear" title={text.linear} />
        <RunPanel session={SESSIONS.tanh} name="tanh" title={text.tanh} />
      </div>
      <OverlaidCostCurves
        runs={[
          {
            session: SESSIONS.linear,
            label: text.linear,
            style: { colour: 'var(--color-series-2)', dash: '7 4' },
          },
          {
            session: SESSIONS.tanh,
            label: text.tanh,
            style: { colour: 'var(--color-series-1)', dash: '' },
          },
        ]}
      />
      <CollapseCheck session={SESSIONS.linear} />
    </section>
  );
}
