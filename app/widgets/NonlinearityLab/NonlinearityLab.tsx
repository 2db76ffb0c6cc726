import { useId, useState } from 'react';
import { useTrainingSessions } from '../../engine/index.ts';
import { useStrings } from '../../i18n/useStrings.ts';
import { useUrlSettings } from '../../stores/url-settings.ts';
import { ComparedRunsControls } from '../ComparedRuns/ComparedRunsControls.tsx';
import { DataFields } from '../ComparedRuns/DataFields.tsx';
import { networkSetup, toyData } from '../ComparedRuns/network-setup.ts';
import { dataOrCsv, type CsvFile } from '../CsvUpload/CsvUpload.tsx';
import { OverlaidCostCurves } from '../OverlaidCostCurves/OverlaidCostCurves.tsx';
import { RunPanel } from '../ComparedRuns/RunPanel.tsx';
import { strings as runStrings } from '../ComparedRuns/strings.ts';
import { CollapseCheck } from './CollapseCheck.tsx';
import { nonlinearitySchema, SESSIONS, TRAIN_ITERATIONS } from './settings.ts';
import { strings } from './strings.ts';
import '../ComparedRuns/ComparedRuns.css';
import './NonlinearityLab.css';
import { LinkNotice } from '../../components/LinkNotice.tsx';

/**
 * Lesson 14: a 2-n-1 network trained twice on the same non-linear data from the same
 * initial weights, once with linear hidden units and once with tanh; then the linear one
 * collapsed into a single layer, with the difference measured.
 */
export function NonlinearityLab() {
  const text = useStrings(strings);
  const runText = useStrings(runStrings);
  const id = useId();
  const [settings, update, invalid, isLocked] = useUrlSettings(nonlinearitySchema);
  const { dataset, seed, hidden, lr } = settings;
  const [upload, setUpload] = useState<CsvFile | null>(null);

  // The same seed gives both networks the very same initial weights; α alone is sent as it
  // changes, without starting over.
  const data = dataOrCsv(upload, toyData(dataset, seed));
  useTrainingSessions(
    (['linear', 'tanh'] as const).map((hiddenActivation) => ({
      id: SESSIONS[hiddenActivation],
      setup: networkSetup({ data, hidden, learningRate: lr, seed, hiddenActivation }),
    })),
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
      <LinkNotice invalid={invalid} message={runText.badLink} />
      <DataFields
        dataset={dataset}
        seed={seed}
        hidden={hidden}
        hiddenMax={nonlinearitySchema.hidden.max}
        onChange={update}
        isLocked={isLocked}
        upload={upload}
        onUpload={setUpload}
        errorSession={SESSIONS.tanh}
      />
      <ComparedRunsControls
        sessions={[SESSIONS.linear, SESSIONS.tanh]}
        learningRate={lr}
        onLearningRateChange={(value) => update({ lr: value })}
        learningRateLocked={isLocked('lr')}
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
